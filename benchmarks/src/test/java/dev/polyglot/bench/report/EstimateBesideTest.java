package dev.polyglot.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** advise's estimate beside the measurement in the table, the JSON and the HTML report, and the call-out past 2x. */
class EstimateBesideTest {
    /** A result measured at p99 2 ms (see {@link JudgementTest#run}) with an estimate of {@code estimateMs}. */
    static BenchResult withEstimate(double estimateMs) {
        return HtmlReportTest.result("wallet").withEstimate(Optional.of(new AdvisorEstimate(estimateMs, 30_000, "built-in",
                "postgres shapes.point-lookup.service_ms", "service_ms 1", "a read of one record by key", OptionalDouble.of(21_000))));
    }

    @Test
    void theJsonCarriesTheContractsEstimateFieldsAndTheRatio() {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = ((List<Map<String, Object>>) ResultsJson.document(List.of(withEstimate(1))).get("results")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> e = (Map<String, Object>) r.get("estimate");
        assertThat(e).containsEntry("p99_ms", 1.0).containsEntry("capacity_ops_per_sec", 30_000.0).containsEntry("catalog", "built-in")
                .containsEntry("stops_fitting_at_ops_per_sec", 21_000.0);
        assertThat((Double) r.get("measured_over_estimate")).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aRatioOutsideHalfToTwiceIsCalledOutNamingTheFigureToRecalibrate() {
        assertThat(ResultsTable.render(List.of(withEstimate(0.5)))).contains("est. ms", "meas/est", "4.00x")
                .contains("! wallet on postgres: measured p99 2.00 ms is 4.00x the estimate 0.50 ms (outside 0.5-2x): recalibrate "
                        + "postgres shapes.point-lookup.service_ms");
        assertThat(ResultsTable.render(List.of(withEstimate(1.5)))).contains("1.33x").doesNotContain("recalibrate");
        assertThat(ResultsTable.render(List.of(withEstimate(5)))).contains("0.40x", "recalibrate");
        assertThat(HtmlReport.render(List.of(withEstimate(0.5)))).contains("class=\"estimate\"", "class=\"callout fail\"", "recalibrate postgres");
    }

    @Test
    void aFindMaxResultCarriesItsStepsTheMaxAndAdvisesGrowthTrigger() {
        BenchResult r = withEstimate(1).withSearch(Optional.of(new RateSearch(512, List.of(
                new RateSearch.Step(200, 200, 8.1, 0.31, Verdict.PASS, "p99 within"),
                new RateSearch.Step(800, 590, 6145, 1.0, Verdict.FAIL, "saturated")))));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = ((List<Map<String, Object>>) ResultsJson.document(List.of(r)).get("results")).get(0);
        assertThat(json).containsEntry("max_ops_per_sec_within_budget", 512.0).containsEntry("advise_stops_fitting_at_ops_per_sec", 21_000.0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) json.get("steps");
        assertThat(steps.get(1)).containsEntry("target_ops_per_sec", 800.0).containsEntry("achieved_ops_per_sec", 590.0)
                .containsEntry("p99_ms", 6145.0).containsEntry("verdict", "fail");
        assertThat(ResultsTable.render(List.of(r))).contains("highest rate within the budget 512 ops/s", "stops fitting at 21000 ops/s");
        String html = HtmlReport.render(List.of(r));
        assertThat(html).contains("p99 by rate", "class=\"max-rate\"", "class=\"growth-trigger\"", "class=\"step fail\"");
        // Still well-formed: the new table and plot close every element they open.
        assertThatCode(() -> javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                html.replace("<!DOCTYPE html>", "").getBytes(java.nio.charset.StandardCharsets.UTF_8)))).doesNotThrowAnyException();
    }

    @Test
    void aRunThatDidNotHoldItsRateIsCalledOutAsTheHostsQueueNotAFigure() {
        // 584 of the 1,000 ops/s asked, the connections busy 97% of the time: the p99 is this host's queue.
        var run = JudgementTest.run(5_840, 0.1, 0.97);
        BenchResult r = new BenchResult("postgres", "wallet", "point-lookup", JudgementTest.AT_1000, new dev.polyglot.bench.engine.LoadReport(1_000, 0.5, false), run,
                OptionalDouble.of(50), Judgement.of(JudgementTest.AT_1000, run, OptionalDouble.of(50))).withEstimate(withEstimate(0.5).estimate());
        assertThat(ResultsTable.callout(r)).contains("4.00x the estimate 0.50 ms", "this host served 584 of the 1000 ops/s asked",
                "not the model's node (30000 ops/s)", "--rate-scale").doesNotContain("recalibrate");
        assertThat(ResultsTable.callout(withEstimate(0.5))).as("the same ratio at a held rate").contains("recalibrate");
    }

    @Test
    void withoutEstimatesTheTableKeepsItsColumns() {
        assertThat(ResultsTable.render(List.of(HtmlReportTest.result("wallet")))).doesNotContain("est. ms", "meas/est");
    }

    @Test
    void anInfiniteEstimateHasNoRatio() {
        BenchResult r = withEstimate(Double.POSITIVE_INFINITY);
        assertThat(r.measuredOverEstimate()).isEmpty();
        assertThat(ResultsTable.render(List.of(r))).contains("saturated").doesNotContain("recalibrate");
    }
}
