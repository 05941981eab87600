package dev.polyglot.cli;

import dev.polyglot.workloads.Decimals;
import dev.polyglot.workloads.Durations;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The parsed workloads of a file as a plain-text table, one row per workload, for people to check what was read. */
final class WorkloadsTable {
    private static final List<String> HEADER = List.of(
            "workload", "shape", "ops/s", "p99", "reads", "working set", "records", "consistency", "durability", "growth");

    private WorkloadsTable() {}

    static String render(WorkloadsFile file) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Workload w : file.workloads()) rows.add(row(w));
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) widths[i] = Math.max(widths[i], row.get(i).length());
        }
        StringBuilder out = new StringBuilder();
        out.append(file.systemName()).append(": ").append(file.workloads().size()).append(" workloads");
        file.constraints().maxEngines().ifPresent(n -> out.append(", at most ").append(n).append(" engines"));
        if (!file.constraints().prefer().isEmpty()) out.append(", prefer ").append(file.constraints().prefer());
        if (!file.constraints().exclude().isEmpty()) out.append(", exclude ").append(file.constraints().exclude());
        out.append(", deployment ").append(file.constraints().deployment()).append('\n');
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) cells.add(pad(row.get(i), widths[i], i >= 2 && i <= 6));
            out.append(String.join("  ", cells).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static List<String> row(Workload w) {
        String consistency = w.consistency().id() + w.staleness().map(s -> " " + Durations.format(s)).orElse("");
        return List.of(w.name(), w.shape().id(), Decimals.format(w.opsPerSec()), Decimals.format(w.p99Ms()) + "ms",
                Math.round(w.readRatio() * 100) + "%", w.workingSet().map(Object::toString).orElse("-"),
                count(w.records()), consistency, w.durability().id(),
                w.growth().map(Object::toString).orElse("-"));
    }

    private static String count(OptionalLong n) {
        if (n.isEmpty()) return "-";
        String[] suffixes = {"", "k", "M", "B", "T"};
        int i = 0;
        double d = n.getAsLong();
        while (d >= 1000 && i < suffixes.length - 1) { d /= 1000; i++; }
        // 30M and 1.5B as people write them; an odd count such as 1234567 stays exact.
        return d * 10 == Math.rint(d * 10) ? Decimals.format(d) + suffixes[i] : Long.toString(n.getAsLong());
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }
}
