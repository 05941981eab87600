package dev.polyglot.bench.calibrate;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The machine a calibration ran on, named in every figure's source.
 *
 * @param cores    processors the JVM sees, 1 or more
 * @param memoryGb physical memory, GB (0 when the JVM cannot tell)
 */
public record HostInfo(int cores, double memoryGb) {
    public HostInfo {
        if (cores < 1) throw new IllegalArgumentException("cores must be 1 or more, was " + cores);
    }

    public static HostInfo current() {
        double gb = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() / 1e9 : 0;
        return new HostInfo(Runtime.getRuntime().availableProcessors(), gb);
    }

    @Override public String toString() { return String.format(Locale.ROOT, "%d cores, %.0f GB", cores, memoryGb); }
}
