package dev.polyglot.check.format;

import dev.polyglot.check.Baseline;
import dev.polyglot.check.CheckResult;
import dev.polyglot.check.Finding;
import dev.polyglot.check.Report;
import dev.polyglot.check.RuleFixtures;
import java.nio.file.Path;
import java.util.List;

/** Reports with an error of most rules and a warning, for the format tests. */
final class SampleReports {
    private SampleReports() {}

    static CheckResult result(Path root) { return RuleFixtures.sample(root); }

    static Report plain(Path root) { return Report.of(result(root), false); }

    /** The first finding recorded in the baseline, plus one that has since been fixed. */
    static Report withBaseline(Path root) {
        CheckResult result = result(root);
        Finding first = result.findings().get(0);
        Finding gone = new Finding("unserved-workload", first.severity(), "docs/adr/0002-old.md", 3, "declared portfolio [mysql] cannot serve 'x'", "x");
        Baseline baseline = Baseline.of(List.of(first, gone));
        return Report.of(result, baseline.compare(result.findings()), false);
    }
}
