package dev.polyglot.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code conflicting-decisions}: two accepted ADRs decide the portfolio of the same workloads file. */
public final class ConflictingDecisionsRule extends BaseRule {
    public static final String ID = "conflicting-decisions";

    public ConflictingDecisionsRule() {
        super(ID, Severity.ERROR, "Two accepted, unsuperseded ADRs decide the portfolio of the same workloads file.");
    }

    /** Groups the deciding ADRs by the file they name (paths compared after normalising); reports each after the first. */
    @Override public void check(CheckContext context, Violations violations) {
        Map<Path, List<Adr>> byFile = new LinkedHashMap<>();
        for (Adr adr : context.adrs()) {
            boolean decides = context.isChecked(adr) && context.decision(adr).flatMap(Decision::portfolio).isPresent();
            if (!decides) continue;
            context.workloadsPath(adr).ifPresent(p -> byFile.computeIfAbsent(CheckContext.identity(p), k -> new ArrayList<>()).add(adr));
        }
        for (List<Adr> deciders : byFile.values()) {
            Adr first = deciders.get(0);
            for (Adr other : deciders.subList(1, deciders.size())) {
                Decision.Text workloads = context.decision(other).flatMap(Decision::workloads).orElseThrow();
                violations.add(other, workloads.line(), first.displayPath(), "both this ADR and " + first.displayPath()
                        + " are accepted and decide the portfolio of " + workloads.value() + "; mark the older one status: superseded "
                        + "with superseded_by: naming the newer one");
            }
        }
    }
}
