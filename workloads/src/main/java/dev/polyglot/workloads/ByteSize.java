package dev.polyglot.workloads;

/**
 * A size in bytes, at least 0. Parsed from {@code 512MB} (powers of 1000) or {@code 512 MiB} (powers of 1024).
 *
 * @param bytes the size in bytes, 0 or more
 */
public record ByteSize(long bytes) {
    public ByteSize {
        if (bytes < 0) throw new IllegalArgumentException("size must be 0 bytes or more, was " + bytes);
    }

    public static ByteSize ofGigabytes(double gb) { return new ByteSize(Math.round(gb * 1e9)); }

    public double gigabytes() { return bytes / 1e9; }

    /** Human form in powers of 1000, e.g. {@code 2GB}, {@code 1.5TB}. */
    @Override public String toString() {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) { value /= 1000; unit++; }
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value)) + units[unit];
    }
}
