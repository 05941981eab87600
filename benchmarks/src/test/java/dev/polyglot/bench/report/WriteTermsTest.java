package dev.polyglot.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.engine.WriteConsistency;
import dev.polyglot.bench.engine.WriteRows;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What one write did, in each of the bench's formats, only where the engine lets it vary. */
class WriteTermsTest {
    private static BenchResult with(WriteTerms terms) { return HtmlReportTest.result("events").withWrites(terms); }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(BenchResult r) {
        return ((List<Map<String, Object>>) ResultsJson.document(List.of(r)).get("results")).get(0);
    }

    @Test
    void aBatchSaysItsRowsInTheTableTheJsonAndTheHtml() {
        BenchResult r = with(new WriteTerms(Optional.empty(), Optional.of(new WriteRows(100))));
        assertThat(ResultsTable.render(List.of(r))).contains("; writes append 100 rows each");
        assertThat(json(r)).containsEntry("write_rows", 100).doesNotContainKey("write_consistency");
        assertThat(HtmlReport.render(List.of(r))).contains("<p class=\"writes\">writes append 100 rows each</p>");
    }

    @Test
    void bothTermsAreSaidAndOneRowIsSingular() {
        WriteTerms both = new WriteTerms(Optional.of(WriteConsistency.QUORUM), Optional.of(new WriteRows(1)));
        assertThat(both.phrases()).containsExactly("writes at consistency QUORUM", "writes append 1 row each");
    }

    @Test
    void noTermsSayNothing() {
        BenchResult r = with(WriteTerms.NONE);
        assertThat(ResultsTable.render(List.of(r))).doesNotContain("writes at", "writes append");
        assertThat(json(r)).doesNotContainKeys("write_rows", "write_consistency");
        assertThat(HtmlReport.render(List.of(r))).doesNotContain("class=\"writes\"");
    }
}
