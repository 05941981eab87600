package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Role;

/** A readable report: the portfolio and why, routes, growth, sync and unserved workloads, as aligned tables. */
final class TextAdviceFormat implements AdviceFormat {
    private final boolean colour;
    private final AdviceContext context;

    TextAdviceFormat(AdviceContext context) {
        this.colour = context.colour();
        this.context = context;
    }

    @Override public String render(Advice a) {
        StringBuilder out = new StringBuilder();
        long needed = a.portfolio().stream().filter(p -> p.role() != Role.HEADROOM).count();
        out.append(bold(context.title(a.system()))).append(": ").append(needed).append(needed == 1 ? " engine serves " : " engines serve ")
                .append(a.routes().size()).append(" of ").append(a.routes().size() + a.unserved().size()).append(" workloads");
        if (needed < a.portfolio().size()) out.append(", plus 1 engine of headroom");
        out.append("\n\n").append(heading("Portfolio"));
        Table portfolio = new Table("engine", "family", "role", "nodes", "USD/month", "workloads");
        a.portfolio().forEach(p -> portfolio.row(p.engine(), p.family(), p.role().id(), String.valueOf(p.nodes()), Cells.usd(p.cost().usdPerMonth()),
                Cells.workloads(p)));
        out.append(portfolio.render(this::bold)).append('\n');
        out.append(Cells.totalCost(a)).append("\n\n");
        a.portfolio().forEach(p -> out.append(p.engine()).append(": ").append(p.reason()).append(".")
                .append(p.nodesDrivenBy().isEmpty() ? "" : " Nodes: " + p.nodes() + ", set by " + p.nodesDrivenBy() + "; " + Cells.cost(p) + ".")
                .append('\n'));
        out.append('\n').append(heading("Routes"));
        Table routes = new Table("workload", "shape", "engine", "fit", "p99 est.", "budget", "consistency", "runner-up");
        a.routes().forEach(r -> routes.row(r.workload(), r.shape().id(), r.engine(), Cells.fit(r), Cells.latency(r.p99EstimateMs()),
                Cells.latency(r.p99BudgetMs()), r.consistency().id(), r.runnerUp().orElse("-")));
        out.append(routes.render(this::bold));
        a.routes().stream().filter(r -> !r.assumes().isEmpty()).forEach(r -> out.append("- ").append(Cells.assumes(r)).append('\n'));
        if (!a.growth().isEmpty()) {
            out.append('\n').append(heading("Growth"));
            a.growth().forEach(g -> out.append("- ").append(Cells.growth(g)).append('\n'));
        }
        if (!a.sync().isEmpty()) {
            out.append('\n').append(heading("Sync"));
            a.sync().forEach(e -> out.append("- ").append(Cells.sync(e)).append('\n'));
        }
        if (!a.unserved().isEmpty()) {
            out.append('\n').append(red(heading("Unserved")));
            a.unserved().forEach(u -> out.append("- ").append(u.workload()).append(": ").append(u.reason()).append('\n'));
        }
        return out.toString();
    }

    private String heading(String title) { return bold(title.toUpperCase(java.util.Locale.ROOT)) + "\n"; }

    private String bold(String s) { return colour ? "\u001b[1m" + s + "\u001b[0m" : s; }

    private String red(String s) { return colour ? "\u001b[31m" + s + "\u001b[0m" : s; }
}
