package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Role;
import java.util.stream.Collectors;

/**
 * A decision document ready to become an ADR: front matter in the form {@code polyglot check} reads
 * (status proposed, the workloads file, portfolio, routes), then context, decision (with the portfolio diagram in a
 * {@code mermaid} block, which GitHub and most markdown viewers draw), routes and consequences.
 */
final class MarkdownAdviceFormat implements AdviceFormat {
    private final AdviceContext context;

    MarkdownAdviceFormat(AdviceContext context) { this.context = context; }

    @Override public String render(Advice a) {
        StringBuilder out = new StringBuilder();
        out.append("---\nstatus: proposed\ndate: ").append(context.date()).append('\n')
                .append("workloads: ").append(context.workloadsPath()).append('\n')
                .append("portfolio: [").append(a.portfolio().stream().map(Advice.PortfolioEntry::engine).collect(Collectors.joining(", "))).append("]\n")
                .append("routes:\n");
        a.routes().forEach(r -> out.append("  ").append(r.workload()).append(": ").append(r.engine()).append('\n'));
        out.append("---\n# Database portfolio for ").append(a.system()).append("\n\n");
        out.append("## Context\n\n").append(a.system()).append(" has ").append(a.routes().size() + a.unserved().size())
                .append(" workloads. Each engine below earns its place by one of four signals: a shape nobody else serves, ")
                .append("a budget nobody else meets, a working set nobody else holds, or a weaker consistency whose throughput ")
                .append("the source of truth cannot afford. Estimates come from `polyglot advise` and its catalog (docs/model.md).\n\n");
        out.append("## Decision\n\n| engine | family | role | nodes | USD/month | workloads | why |\n|---|---|---|---|---|---|---|\n");
        a.portfolio().forEach(p -> out.append("| ").append(p.engine()).append(" | ").append(p.family()).append(" | ").append(p.role().id())
                .append(" | ").append(p.nodes()).append(p.nodesDrivenBy().isEmpty() ? "" : " (" + escape(p.nodesDrivenBy()) + ")")
                .append(" | ").append(Cells.cost(p)).append(" | ").append(Cells.workloads(p)).append(" | ").append(escape(p.reason())).append(" |\n"));
        out.append('\n').append(Cells.totalCost(a)).append('\n');
        out.append("\n```mermaid\n").append(new MermaidAdviceFormat().render(a)).append("```\n");
        out.append("\n## Routes\n\n| workload | shape | engine | fit | p99 estimate | budget | consistency | runner-up |\n|---|---|---|---|---|---|---|---|\n");
        a.routes().forEach(r -> out.append("| ").append(r.workload()).append(" | ").append(r.shape().id()).append(" | ").append(r.engine())
                .append(" | ").append(Cells.fit(r)).append(" | ").append(Cells.latency(r.p99EstimateMs())).append(" | ")
                .append(Cells.latency(r.p99BudgetMs())).append(" | ").append(r.consistency().id()).append(" | ").append(r.runnerUp().orElse("-")).append(" |\n"));
        if (a.routes().stream().anyMatch(r -> !r.assumes().isEmpty())) out.append('\n');
        a.routes().stream().filter(r -> !r.assumes().isEmpty()).forEach(r -> out.append("- ").append(escape(Cells.assumes(r))).append('\n'));
        out.append("\n## Consequences\n\n");
        if (!a.sync().isEmpty()) {
            out.append("Keeping the stores in step:\n\n");
            a.sync().forEach(e -> out.append("- ").append(Cells.sync(e)).append('\n'));
            out.append('\n');
        }
        if (!a.growth().isEmpty()) {
            out.append("What to watch:\n\n");
            a.growth().forEach(g -> out.append("- ").append(Cells.growth(g)).append('\n'));
            out.append('\n');
        }
        a.portfolio().stream().filter(p -> p.role() == Role.HEADROOM)
                .forEach(p -> out.append("Headroom: ").append(p.engine()).append(" is proposed before it is needed; ").append(p.reason()).append(".\n\n"));
        if (!a.unserved().isEmpty()) {
            out.append("Not served by this decision:\n\n");
            a.unserved().forEach(u -> out.append("- ").append(u.workload()).append(": ").append(u.reason()).append('\n'));
            out.append('\n');
        }
        if (a.sync().isEmpty() && a.growth().isEmpty() && a.unserved().isEmpty()) out.append("One engine to run; nothing to keep in step.\n\n");
        return out.toString().stripTrailing() + "\n";
    }

    private static String escape(String s) { return s.replace("|", "\\|"); }
}
