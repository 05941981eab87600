package dev.polyglot.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.polyglot.bench.load.LatencySummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code --json} document of the command-line contract: {@code {"results": [...]}} with the contract's fields
 * first, then extras (service time, lag, load rate, errors by kind, reason). Never any credential or URL.
 */
public final class ResultsJson {
    private ResultsJson() {}

    public static void write(List<BenchResult> results, Path file) throws IOException {
        java.nio.file.Files.writeString(file, text(results));
    }

    /** The document as written to {@code --json FILE}: indented, ending in a newline. */
    public static String text(List<BenchResult> results) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document(results)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a bench result did not serialise: " + e.getMessage(), e);
        }
    }

    public static Map<String, Object> document(List<BenchResult> results) {
        return Map.of("results", results.stream().map(ResultsJson::result).toList());
    }

    static Map<String, Object> result(BenchResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", r.engine());
        m.put("workload", r.workload());
        m.put("shape", r.shape());
        m.put("target_ops_per_sec", r.plan().rate().isPresent() ? r.plan().rate().getAsDouble() : null);
        m.put("achieved_ops_per_sec", round(r.run().achievedOpsPerSec()));
        m.put("connections", r.plan().connections());
        m.put("duration_s", round(r.run().measuredSeconds()));
        m.put("operations", r.run().operations());
        m.put("errors", r.run().errors());
        m.put("latency_ms", latency(r.latency()));
        m.put("p99_budget_ms", r.budget().isPresent() ? r.budget().getAsDouble() : null);
        m.put("verdict", r.verdict().id());
        m.put("reason", r.judgement().reason());
        r.estimate().ifPresent(e -> {
            Map<String, Object> est = new LinkedHashMap<>();
            est.put("p99_ms", Double.isInfinite(e.p99Ms()) ? null : round(e.p99Ms()));
            est.put("capacity_ops_per_sec", round(e.capacityOpsPerSec()));
            est.put("catalog", e.catalog());
            est.put("figure", e.figure());
            est.put("model_reading", e.reading());
            est.put("operation", e.operation());
            est.put("stops_fitting_at_ops_per_sec", e.stopsFittingAt().isPresent() ? round(e.stopsFittingAt().getAsDouble()) : null);
            m.put("estimate", est);
            m.put("measured_over_estimate", r.measuredOverEstimate().isPresent() ? round(r.measuredOverEstimate().getAsDouble()) : null);
        });
        r.search().ifPresent(search -> {
            m.put("max_ops_per_sec_within_budget", round(search.maxWithinBudget()));
            m.put("steps", search.steps().stream().map(step -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("target_ops_per_sec", round(step.target()));
                s.put("achieved_ops_per_sec", round(step.achieved()));
                s.put("p99_ms", step.p99Ms());
                s.put("connections_busy", round(step.busy()));
                s.put("verdict", step.verdict().id());
                s.put("reason", step.reason());
                return s;
            }).toList());
            r.estimate().flatMap(e -> e.stopsFittingAt().isPresent() ? java.util.Optional.of(e.stopsFittingAt().getAsDouble()) : java.util.Optional.empty())
                    .ifPresent(at -> m.put("advise_stops_fitting_at_ops_per_sec", round(at)));
        });
        m.put("mode", r.plan().openLoop() ? "open-loop" : "closed-loop");
        if (r.plan().spaced()) m.put("spaced_operations", r.plan().spacedOperations());
        m.put("arrival", r.plan().arrival().id());
        m.put("keys", r.plan().keys().id());
        m.put("read_ratio", r.plan().readRatio());
        r.writes().consistency().ifPresent(w -> m.put("write_consistency", w.name()));
        r.writes().rows().ifPresent(w -> m.put("write_rows", w.rows()));
        m.put("service_time_ms", latency(LatencySummary.ofNanos(r.run().service())));
        m.put("schedule_lag_ms", latency(LatencySummary.ofNanos(r.run().lag())));
        Map<String, Object> byKind = new TreeMap<>();
        r.run().responseByKind().forEach((kind, h) -> byKind.put(kind, latency(LatencySummary.ofNanos(h))));
        m.put("latency_ms_by_kind", byKind);
        m.put("errors_by_kind", new TreeMap<>(r.run().errorsByKind()));
        m.put("records", r.load().records());
        m.put("load_records_per_sec", round(r.load().recordsPerSecond()));
        m.put("data_reused", r.load().reused());
        m.put("client_cpu", round(r.run().clientCpu()));
        m.put("connections_busy", round(r.run().connectionsBusy()));
        m.put("aborted", r.run().aborted().orElse(null));
        return m;
    }

    private static Map<String, Object> latency(LatencySummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", s.p50());
        m.put("p90", s.p90());
        m.put("p99", s.p99());
        m.put("p999", s.p999());
        m.put("max", s.max());
        return m;
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
