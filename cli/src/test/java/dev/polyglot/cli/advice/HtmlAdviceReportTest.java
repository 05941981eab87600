package dev.polyglot.cli.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** The {@code advise --html} page as text: golden files, self-contained, well-formed, escaped, cost when the model gives it. */
class HtmlAdviceReportTest {
    static java.util.stream.Stream<String> examples() throws IOException { return HtmlAdviceReportRenderTest.examples(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void matchesTheGoldenFile(String example) throws IOException {
        String page = HtmlAdviceReportRenderTest.page(HtmlAdviceReportRenderTest.report(example), example);
        Path golden = HtmlAdviceReportRenderTest.GOLDEN.resolve(example + ".html");
        if (HtmlAdviceReportRenderTest.UPDATE) Files.writeString(golden, page);
        assertThat(golden).as(golden + " exists (run with -Dgolden.update=true)").exists();
        assertThat(page).isEqualTo(Files.readString(golden));
    }

    @Test
    void walletkartIsOneWellFormedSelfContainedPage() throws Exception {
        String page = HtmlAdviceReportRenderTest.page(HtmlAdviceReportRenderTest.report("walletkart"), "walletkart");
        // well-formed XML apart from the doctype, so a browser has nothing to guess
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(page.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("svg").getLength()).as("diagram, routes, growth").isEqualTo(3);
        assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).as("nothing to fetch")
                .doesNotContain("http:", "https:", "src=", "href=", "@import", "url(http");
        assertThat(page).contains("month 1.2 → clickhouse (headroom)", "merchant search: postgres → elasticsearch", "in 24 months",
                "seed 004 walletkart example", "<em>assumed</em>", "20%/month", "<th>USD per month</th>",
                "<td>postgres</td><td class=\"num\">5106</td><td>$5,000 + 0.19 x $560 + $2 of storage</td>").doesNotContain("no cost figures");
    }

    @Test
    void costPerEngineShowsWhenTheModelGivesIt() {
        AdviceReport plain = HtmlAdviceReportRenderTest.report("walletkart");
        AdviceReport costed = new AdviceReport(plain.today(), plain.workloads(), plain.later(), plain.catalog(), plain.assumptions(),
                List.of(new AdviceReport.EngineCost("postgres", 1_250, "fixed 500 + 1 node at 750")));
        String page = HtmlAdviceReportRenderTest.page(costed, "walletkart");
        assertThat(page).contains("<th>USD per month</th>", "<td>postgres</td><td class=\"num\">1250</td><td>fixed 500 + 1 node at 750</td>")
                .doesNotContain("no cost figures");
    }

    @Test
    void namesAreEscapedEverywhere() throws IOException {
        Path file = Files.createTempFile("workloads", ".yml");
        Files.writeString(file, "version: 1\nsystem: \"<b>shop</b>\"\nworkloads:\n  - name: \"<script>x</script>\"\n    shape: full-text\n"
                + "    ops_per_sec: 50\n    p99_ms: 200\n    growth: 10%/month\n");
        var parsed = (dev.polyglot.workloads.ParseOutcome.Parsed) dev.polyglot.workloads.WorkloadsReader.read(file);
        String page = new HtmlAdviceReport(new AdviceContext("w.yml", java.time.LocalDate.of(2026, 1, 1), false))
                .render(AdviceReport.of(parsed.file(), dev.polyglot.advisor.catalog.Catalog.builtIn(), dev.polyglot.advisor.model.ModelAssumptions.DEFAULT));
        assertThat(page).doesNotContain("<script>", "<b>shop").contains("&lt;script&gt;x&lt;/script&gt;", "&lt;b&gt;shop&lt;/b&gt;");
    }
}
