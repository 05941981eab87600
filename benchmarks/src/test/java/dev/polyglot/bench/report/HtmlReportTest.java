package dev.polyglot.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.engine.LoadReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
    void workloadNamesAreEscaped() {
        assertThat(HtmlReport.render(List.of(result("<script>alert(1)</script>")))).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
