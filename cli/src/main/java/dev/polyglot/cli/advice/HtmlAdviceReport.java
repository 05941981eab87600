package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Role;
import dev.polyglot.advisor.catalog.Figure;
import dev.polyglot.advisor.model.Numbers;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code advise --html}: one self-contained page (styles inline, every drawing an inline SVG made here, nothing
 * fetched, no script) with the portfolio diagram, the routes' estimates against their budgets, the growth chart and
 * the portfolio it leads to at each horizon, the cost per engine when the model gives one, and every assumption
 * the answer leans on with its source.
 */
public final class HtmlAdviceReport {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1020px;color:#0f172a;background:#fff;padding:0 1em}"
            + "h1{margin-bottom:0.2em}h2{margin-top:1.8em;border-bottom:1px solid #e2e8f0;padding-bottom:0.2em}.meta{color:#475569}"
            + "table{border-collapse:collapse;margin:0.6em 0;display:block;max-width:100%;overflow-x:auto}td,th{padding:3px 10px;text-align:left;border-bottom:1px solid #e2e8f0;vertical-align:top}"
            + "th{background:#f8fafc}td.num{text-align:right;white-space:nowrap}td.wrap{white-space:normal}.swatch{display:inline-block;width:14px;height:4px;vertical-align:middle;margin-right:6px}"
            + ".note{color:#475569;font-size:0.92em}.unserved{color:#b91c1c}svg{max-width:100%;height:auto}tr.headroom td{font-weight:bold}";

    private final AdviceContext context;

    public HtmlAdviceReport(AdviceContext context) { this.context = context; }

    public String render(AdviceReport report) {
        Advice a = report.today();
        StringBuilder html = new StringBuilder(65_536);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width\"/>")
                .append("<title>").append(Svg.escape("Database portfolio for " + a.system())).append("</title>\n<style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>Database portfolio for ").append(Svg.escape(a.system())).append("</h1>\n<p class=\"meta\">")
                .append(Svg.escape(summary(a) + " · from " + context.workloadsPath() + " · " + context.date() + " · polyglot advise")).append("</p>\n");
        portfolio(html, a);
        routes(html, a);
        growth(html, report);
        cost(html, report);
        assumptions(html, report);
        return html.append("</body></html>\n").toString();
    }

    private static String summary(Advice a) {
        long needed = a.portfolio().stream().filter(p -> p.role() != Role.HEADROOM).count();
        return needed + (needed == 1 ? " engine serves " : " engines serve ") + a.routes().size() + " of " + (a.routes().size() + a.unserved().size())
                + " workloads" + (needed < a.portfolio().size() ? ", plus " + (a.portfolio().size() - needed) + " of headroom" : "");
    }

    private static void portfolio(StringBuilder html, Advice a) {
        html.append("<section id=\"portfolio\"><h2>Portfolio</h2>\n").append(PortfolioSvg.render(a)).append("\n<table><tr><th>engine</th><th>why it earns its place</th></tr>");
        a.portfolio().forEach(p -> html.append("<tr><td>").append(Svg.escape(p.engine())).append("</td><td>").append(Svg.escape(p.reason())).append("</td></tr>"));
        html.append("</table>\n");
        if (!a.sync().isEmpty()) {
            html.append("<p>Keeping the stores in step:</p><ul>");
            a.sync().forEach(e -> html.append("<li>").append(Svg.escape(Cells.sync(e))).append("</li>"));
            html.append("</ul>\n");
        }
        if (!a.unserved().isEmpty()) {
            html.append("<p class=\"unserved\">Not served:</p><ul class=\"unserved\">");
            a.unserved().forEach(u -> html.append("<li>").append(Svg.escape(u.workload() + ": " + u.reason())).append("</li>"));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static void routes(StringBuilder html, Advice a) {
        html.append("<section id=\"routes\"><h2>Routes</h2>\n<p class=\"note\">Each workload's p99 estimate on the engine it is routed to (bar) against its budget")
                .append(" (red tick), on a log axis. Solid blue: the engine serves the shape natively; hatched orange: emulated through an extension or technique.</p>\n");
        if (!a.routes().isEmpty()) html.append(RoutesSvg.render(a.routes())).append('\n');
        html.append("</section>\n");
    }

    private static void growth(StringBuilder html, AdviceReport report) {
        int horizon = AdviceReport.horizon();
        html.append("<section id=\"growth\"><h2>Growth over the next ").append(horizon).append(" months</h2>\n");
        List<GrowthChart.Series> series = GrowthChart.series(report);
        if (series.isEmpty()) {
            html.append("<p>No workload has a growth rate, so the portfolio stays as it is; add <code>growth:</code> (e.g. 20%/month) to the workloads that grow.</p>\n");
        } else {
            html.append("<p class=\"note\">Each growing route's load at its own rate (solid) against the load its current home serves inside the budget (dashed,")
                    .append(" same colour). A dot marks the month it crosses, with the engine that takes over; a triangle at the right edge, a crossing later than")
                    .append(" that. Bold: the route the headroom engine is there for. An aggregate's scan grows with its data, so its limit may be the")
                    .append(" rows per query rather than the query rate.</p>\n").append(GrowthChart.render(series, horizon)).append('\n');
            html.append("<table class=\"growth-table\"><tr><th>workload</th><th>growth</th><th>today</th><th>in ").append(horizon)
                    .append(" months</th><th>home</th><th>its limit</th><th>crossed</th><th>then</th></tr>");
            for (var s : series) {
                var w = s.warning();
                html.append("<tr").append(s.headroom() ? " class=\"headroom\"" : "").append("><td><span class=\"swatch\" style=\"background:").append(s.colour()).append("\"></span>")
                        .append(Svg.escape(s.route().workload())).append("</td><td>").append(Svg.escape(s.rate().text())).append("</td><td class=\"num\">")
                        .append(Numbers.amount(s.loadAt(0))).append(" ops/s</td><td class=\"num\">").append(Numbers.amount(s.loadAt(horizon))).append(" ops/s</td><td>")
                        .append(Svg.escape(Cells.fit(s.route()).equals("native") ? s.route().engine() : s.route().engine() + ", " + Cells.fit(s.route())))
                        .append("</td><td class=\"num wrap\">").append(Svg.escape(s.limitText().orElse("none found")))
                        .append("</td><td class=\"num\">").append(w.flatMap(g -> g.monthsLeft().isPresent() ? java.util.Optional.of("month " + Numbers.trim(g.monthsLeft().getAsDouble())) : java.util.Optional.empty()).orElse("-"))
                        .append("</td><td>").append(Svg.escape(w.map(g -> g.nextEngine().orElse("no engine of the catalog") + (s.headroom() ? " (headroom)" : "")).orElse("-")))
                        .append("</td></tr>");
            }
            html.append("</table>\n");
        }
        html.append("<h3>The portfolio as the load grows</h3>\n<p class=\"note\">What <code>polyglot advise --months N</code> answers for the same file,")
                .append(" every workload grown at its own rate.</p>\n<table class=\"projection\"><tr><th>when</th><th>portfolio</th><th>routes that move</th></tr>");
        projectionRow(html, "today", report.today(), report.today());
        report.later().forEach((months, later) -> projectionRow(html, "in " + months + " months", report.today(), later));
        html.append("</table>\n</section>\n");
    }

    private static void projectionRow(StringBuilder html, String when, Advice today, Advice then) {
        String portfolio = then.portfolio().stream().map(p -> p.engine() + (p.role() == Role.SOURCE_OF_TRUTH ? "" : " (" + p.role().id() + ")")
                + (p.nodes() > 1 ? " ×" + p.nodes() : "")).collect(Collectors.joining(", "));
        Map<String, String> before = new LinkedHashMap<>();
        today.routes().forEach(r -> before.put(r.workload(), r.engine()));
        String moves = then.routes().stream().filter(r -> before.containsKey(r.workload()) && !before.get(r.workload()).equals(r.engine()))
                .map(r -> r.workload() + ": " + before.get(r.workload()) + " → " + r.engine()).collect(Collectors.joining("; "));
        if (!then.unserved().isEmpty()) moves += (moves.isEmpty() ? "" : "; ") + "unserved: " + then.unserved().stream().map(Advice.Unserved::workload).collect(Collectors.joining(", "));
        html.append("<tr class=\"projection-row\"><td>").append(when).append("</td><td>").append(Svg.escape(portfolio)).append("</td><td>")
                .append(Svg.escape(moves.isEmpty() ? "-" : moves)).append("</td></tr>");
    }

    private static void cost(StringBuilder html, AdviceReport report) {
        html.append("<section id=\"cost\"><h2>Cost per engine</h2>\n");
        if (report.costs().isEmpty()) {
            html.append("<p class=\"note\">The model gives no cost figures yet.</p>\n</section>\n");
            return;
        }
        html.append("<table class=\"cost\"><tr><th>engine</th><th>").append(Svg.escape(AdviceReport.COST_UNIT)).append("</th><th>how</th></tr>");
        report.costs().forEach(c -> html.append("<tr><td>").append(Svg.escape(c.engine())).append("</td><td class=\"num\">").append(Numbers.amount(c.usdPerMonth()))
                .append("</td><td>").append(Svg.escape(c.basis())).append("</td></tr>"));
        html.append("</table>\n</section>\n");
    }

    /** The model's planning rules, each growth rate, and every catalog figure of the engines and routes in the answer. */
    private static void assumptions(StringBuilder html, AdviceReport report) {
        Advice a = report.today();
        html.append("<section id=\"assumptions\"><h2>Assumptions</h2>\n<p class=\"note\">Every figure the answer leans on and where it comes from.")
                .append(" <em>assumed</em> marks a planning figure nobody measured: the first to check with <code>polyglot bench</code>.</p>\n")
                .append("<table class=\"assumptions\"><tr><th>what</th><th>value</th><th>source</th></tr>");
        for (RecordComponent c : report.assumptions().getClass().getRecordComponents()) {
            try {
                Object value = c.getAccessor().invoke(report.assumptions());
                row(html, "model: " + words(c.getName()), value instanceof Number v ? Numbers.trim(v.doubleValue()) : String.valueOf(value),
                        "polyglot's model default (docs/model.md)");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read model assumption " + c.getName(), e);
            }
        }
        for (var w : report.workloads().workloads()) {
            w.growth().ifPresent(g -> row(html, "growth of " + w.name(), g.text(), "the workloads file, " + report.workloads().source()));
        }
        for (var r : a.routes()) {
            report.catalog().engine(r.engine()).flatMap(e -> e.capability(r.shape())).ifPresent(cap -> cap.figures().forEach((key, f) ->
                    row(html, r.engine() + " " + r.shape().id() + cap.via().map(v -> " (" + v + ")").orElse("") + ": " + key, f)));
        }
        for (var p : a.portfolio()) {
            report.catalog().engine(p.engine()).ifPresent(e -> {
                row(html, p.engine() + ": operational cost (postgres = 1)", e.operationalCost());
                for (RecordComponent c : e.scaling().getClass().getRecordComponents()) {
                    try {
                        if (c.getAccessor().invoke(e.scaling()) instanceof Figure f) row(html, p.engine() + ": " + words(c.getName()), f);
                    } catch (ReflectiveOperationException ex) {
                        throw new IllegalStateException("cannot read scaling figure " + c.getName(), ex);
                    }
                }
            });
        }
        html.append("</table>\n</section>\n");
    }

    private static void row(StringBuilder html, String what, Figure f) { row(html, what, Numbers.trim(f.value()), f.source()); }

    private static void row(StringBuilder html, String what, String value, String source) {
        html.append("<tr><td>").append(Svg.escape(what)).append("</td><td class=\"num\">").append(Svg.escape(value)).append("</td><td>")
                .append(source.equals(Figure.ASSUMED) ? "<em>assumed</em>" : Svg.escape(source)).append("</td></tr>");
    }

    /** {@code ramGbPerNode} as "ram gb per node". */
    private static String words(String camel) { return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT); }
}
