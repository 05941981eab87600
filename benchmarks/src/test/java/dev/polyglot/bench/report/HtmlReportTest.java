package dev.polyglot.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.load.Arrival;
import dev.polyglot.bench.load.IntervalSample;
import dev.polyglot.bench.load.KeyDistribution;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.load.RunResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class HtmlReportTest {
    static BenchResult result(String name) {
        var run = JudgementTest.run(10_000, 2, 1, Map.of(), 0);
        return new BenchResult("postgres", name, "point-lookup", JudgementTest.AT_1000, new LoadReport(1_000, 0.5, false), run,
                OptionalDouble.of(50), Judgement.of(JudgementTest.AT_1000, run, OptionalDouble.of(50)));
    }

    @Test
    void onePanelPerWorkloadWithBothPlotsAndTheBudgetLine() throws Exception {
        String html = HtmlReport.render(List.of(result("wallet"), result("history")));
        // The page is well-formed XML apart from the doctype, so a browser has nothing to guess.
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("section").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(4);
        assertThat(html).contains("class=\"percentile-curve\"", "class=\"p99-series\"", "class=\"budget\"", "99.9%")
                .doesNotContain("<script", "src=", "href=");  // self-contained: nothing to fetch
    }

    @Test
    void theSeriesPlotsOnlyCompleteSecondsAndLatencyHasALogAxisToo() {
        var run = JudgementTest.run(3_000, 2, 1, Map.of(), 0);
        var series = List.of(new IntervalSample(1, false, 1_000, 2, 3, 0, 0), new IntervalSample(2, false, 1_000, 2, 30, 0, 0),
                new IntervalSample(3, false, 40, 2, 3, 0, 0));  // the workers stopped 40 ms into the third second
        run = new RunResult(run.measuredSeconds(), run.operations(), run.errorsByKind(), run.response(), run.responseByKind(), run.service(),
                run.lag(), series, run.aborted(), run.clientCpu());
        var twoSeconds = new RunPlan(OptionalDouble.of(1_000), Duration.ofSeconds(2), Duration.ZERO, 4, 0.9, Arrival.UNIFORM, KeyDistribution.UNIFORM, 1);
        String html = HtmlReport.render(List.of(new BenchResult("postgres", "wallet", "point-lookup", twoSeconds,
                new LoadReport(1_000, 0.5, false), run, OptionalDouble.of(50), Judgement.of(twoSeconds, run, OptionalDouble.of(50)))));

        assertThat(points(html, "ops-series")).as("ops of the two complete seconds, not the 40 ms stub").hasSize(2);
        assertThat(points(html, "p99-series")).hasSize(2);
        assertThat(points(html, "p99-series-log")).hasSize(2);
        assertThat(points(html, "percentile-curve-log")).hasSameSizeAs(points(html, "percentile-curve"));
        assertThat(html).contains("<input type=\"checkbox\" id=\"latency-log\"/>", "class=\"budget-log\"", "ms (log)");
    }

    private static List<String> points(String html, String cssClass) {
        var m = java.util.regex.Pattern.compile("class=\"" + cssClass + "\"[^>]*points=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(cssClass + " drawn").isTrue();
        return m.group(1).isBlank() ? List.of() : List.of(m.group(1).trim().split("\\s+"));
    }

    @Test
    void workloadNamesAreEscaped() {
        assertThat(HtmlReport.render(List.of(result("<script>alert(1)</script>")))).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
