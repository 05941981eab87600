package dev.polyglot.check;

import java.util.HashSet;
import java.util.Set;

/**
 * {@code invalid-workloads}: the workloads file an accepted ADR names breaks the workloads format. Reported in
 * the workloads file itself, at each problem's line, once per file however many ADRs name it, so the check
 * still reports everything else instead of stopping.
 */
public final class InvalidWorkloadsRule extends BaseRule {
    public static final String ID = "invalid-workloads";

    public InvalidWorkloadsRule() {
        super(ID, Severity.ERROR, "The workloads file an accepted ADR names is not a valid workloads file.");
    }

    @Override public void check(CheckContext context, Violations violations) {
        Set<java.nio.file.Path> reported = new HashSet<>();
        for (Adr adr : context.adrs()) {
            if (!context.isChecked(adr)) continue;
            context.workloads(adr).ifPresent(linked -> {
                if (linked instanceof LinkedWorkloads.Invalid invalid && reported.add(CheckContext.identity(invalid.path()))) {
                    invalid.problems().forEach(p -> violations.add(invalid.display(), p.position().line(), p.message(),
                            p.message() + " (column " + p.position().column() + "; named by " + adr.displayPath() + ")"));
                }
            });
        }
    }
}
