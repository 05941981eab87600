package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir Path dir;

    private static Finding finding(String key, int line, String message) {
        return new Finding("unserved-workload", Severity.ERROR, "docs/adr/0003-p.md", line, message, key);
    }

    @Test void recordedFindingsMatchOnRuleFileAndKeyNotLineOrWording() {
        Baseline baseline = Baseline.of(List.of(finding("session tokens", 5, "estimate 4 ms")));
        Baseline.Comparison c = baseline.compare(List.of(finding("session tokens", 9, "estimate 5 ms"), finding("carousel", 5, "x")));
        assertThat(c.accepted()).extracting(Finding::key).containsExactly("session tokens");
        assertThat(c.fresh()).extracting(Finding::key).containsExactly("carousel");
        assertThat(c.fixed()).isEmpty();
    }

    @Test void aFindingThatIsGoneIsReportedFixedAndEachEntryAcceptsOneFinding() {
        Baseline baseline = Baseline.of(List.of(finding("a", 1, "m"), finding("b", 1, "gone")));
        Baseline.Comparison c = baseline.compare(List.of(finding("a", 1, "m"), finding("a", 2, "m")));
        assertThat(c.fixed()).extracting(BaselineEntry::key).containsExactly("b");
        assertThat(c.fresh()).hasSize(1);
    }

    @Test void writesAndReadsBackTheSameEntries() throws IOException {
        Baseline baseline = Baseline.of(List.of(finding("b", 1, "m2"), finding("a", 1, "m1")));
        Path file = dir.resolve("baseline.json");
        baseline.write(file);
        assertThat(Baseline.read(file)).isEqualTo(baseline);
        assertThat(Baseline.read(file).entries()).extracting(BaselineEntry::key).containsExactly("a", "b");
    }
}
