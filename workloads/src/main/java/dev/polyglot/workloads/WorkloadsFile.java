package dev.polyglot.workloads;

import java.util.List;
import java.util.Optional;

/**
 * One parsed workloads file: a system, its constraints and its workloads.
 *
 * @param source      the file as the user named it (for messages)
 * @param version     format version, always 1
 * @param system      name of the system, if given
 * @param constraints limits on the portfolio
 * @param workloads   at least one workload, names unique
 */
public record WorkloadsFile(String source, int version, Optional<String> system, Constraints constraints, List<Workload> workloads) {
    public WorkloadsFile {
        if (version != 1) throw new IllegalArgumentException("version must be 1, was " + version);
        workloads = List.copyOf(workloads);
        if (workloads.isEmpty()) throw new IllegalArgumentException("a workloads file needs at least one workload");
        long distinct = workloads.stream().map(Workload::name).distinct().count();
        if (distinct != workloads.size()) throw new IllegalArgumentException("workload names must be unique");
    }

    /** The system's name, or the file's base name without extension. */
    public String systemName() {
        return system.orElseGet(() -> {
            String base = source.replaceAll(".*[/\\\\]", "");
            int dot = base.lastIndexOf('.');
            return dot > 0 ? base.substring(0, dot) : base;
        });
    }

    public Optional<Workload> workload(String name) {
        return workloads.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    public WorkloadsFile withWorkloads(List<Workload> replaced) {
        return new WorkloadsFile(source, version, system, constraints, replaced);
    }

    public WorkloadsFile withConstraints(Constraints replaced) {
        return new WorkloadsFile(source, version, system, replaced, workloads);
    }
}
