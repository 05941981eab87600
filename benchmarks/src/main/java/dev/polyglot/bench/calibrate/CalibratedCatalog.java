package dev.polyglot.bench.calibrate;

import dev.polyglot.advisor.catalog.Capability;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.catalog.Figure;
import dev.polyglot.workloads.Shape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes calibrated figures as a catalog file in the built-in catalog's own format, to merge over it with
 * {@code --catalog FILE}. A merged shape replaces the built-in one whole, so each calibrated shape is written complete:
 * its measured figures with a source saying measured, when, on what host and engine version, how and with what
 * spread; every other figure as the base catalog has it, source included.
 */
public final class CalibratedCatalog {
    private CalibratedCatalog() {}

    public static String yaml(List<Calibrator.EngineCalibration> engines, Catalog base, HostInfo host, LocalDate date) {
        StringBuilder y = new StringBuilder();
        y.append("# Written by polyglot calibrate on ").append(date).append(" (host: ").append(host).append(").\n")
                .append("# Use it with advise, check and bench: --catalog FILE (merged over the built-in catalog).\n")
                .append("# Per-node figures (ops_per_node, ceiling_ops) are scaled to the catalog's node:\n")
                .append("#   measured x cores_per_node / min(host cores, cores_per_node); the raw value is kept in each source (docs/model.md).\n")
                .append("version: 1\nengines:\n");
        for (Calibrator.EngineCalibration e : engines) {
            if (e.figures().isEmpty()) continue;
            y.append("  - id: ").append(e.engine().id()).append("\n    shapes:\n");
            Map<Shape, Map<String, MeasuredFigure>> byShape = new LinkedHashMap<>();
            e.figures().forEach(f -> byShape.computeIfAbsent(f.shape(), s -> new LinkedHashMap<>()).put(f.key(), f));
            for (var entry : byShape.entrySet()) {
                Capability c = base.require(e.engine().id()).capability(entry.getKey()).orElseThrow();
                y.append("      ").append(entry.getKey().id()).append(": {fit: ").append(c.fit().id());
                c.via().ifPresent(v -> y.append(", via: ").append(quote(v)));
                for (var figure : c.figures().entrySet()) {
                    MeasuredFigure m = entry.getValue().get(figure.getKey());
                    Figure f = m == null ? figure.getValue() : new Figure(m.value(), source(m, e.version(), host, date));
                    y.append(", ").append(figure.getKey()).append(": [").append(number(f.value())).append(", ").append(quote(f.source())).append(']');
                }
                if (c.canonical()) y.append(", canonical: true");
                y.append("}\n");
            }
        }
        return y.toString();
    }

    /** "measured 2026-11-27 on 2 cores, 24 GB, PostgreSQL 15.5: HOW; spread 4% over the repeats". */
    static String source(MeasuredFigure m, String version, HostInfo host, LocalDate date) {
        return String.format(Locale.ROOT, "measured %s by polyglot calibrate on %s, %s: %s; raw %s; spread %.0f%% over the repeats",
                date, host, version, m.how(), number(Calibrator.round(m.raw())), m.spread() * 100);
    }

    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
