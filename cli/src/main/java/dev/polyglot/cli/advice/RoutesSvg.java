package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Fit;
import java.util.List;

/**
 * The routes as bars: per workload, its p99 estimate on its engine against its budget, on one log axis of
 * milliseconds (estimates run from a fraction of a millisecond to seconds). Native routes are solid blue,
 * emulated ones hatched orange; the budget is a red tick; the runner-up is named beside the bar.
 */
final class RoutesSvg {
    static final double LABEL = 300, AXIS = 430, NOTE = 260, ROW = 40, TOP = 30;

    private RoutesSvg() {}

    static String render(List<Advice.Route> routes) {
        double least = routes.stream().mapToDouble(Advice.Route::p99EstimateMs).filter(v -> v > 0).min().orElse(1);
        double most = routes.stream().mapToDouble(r -> Math.max(r.p99BudgetMs(), r.p99EstimateMs())).max().orElse(10);
        double low = Math.pow(10, Math.floor(Math.log10(Math.min(least, most)))), high = Math.pow(10, Math.ceil(Math.log10(most * 1.01)));
        double width = LABEL + AXIS + NOTE, height = TOP + ROW * routes.size() + 10;
        StringBuilder svg = new StringBuilder(Svg.open("routes-chart", width, height, "p99 estimate against budget per workload"));
        svg.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#fbd38d\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c05621\" stroke-width=\"2\"/></pattern></defs>");
        for (double v = low; v <= high * 1.001; v *= 10) {
            double x = x(v, low, high);
            svg.append("<line x1=\"").append(Svg.n(x)).append("\" y1=\"").append(Svg.n(TOP - 6)).append("\" x2=\"").append(Svg.n(x)).append("\" y2=\"")
                    .append(Svg.n(height - 10)).append("\" stroke=\"#e2e8f0\"/>")
                    .append(Svg.text(x, TOP - 10, "font-size=\"11\" text-anchor=\"middle\" fill=\"#475569\"", Cells.latency(v)));
        }
        svg.append(Svg.text(LABEL - 40, TOP - 10, "font-size=\"11\" text-anchor=\"end\" fill=\"#475569\"", "p99, log axis"));
        double y = TOP;
        for (var r : routes) {
            boolean emulated = r.fit() == Fit.EMULATED;
            svg.append("<g class=\"route-bar\" data-workload=\"").append(Svg.escape(r.workload())).append("\" data-fit=\"").append(r.fit().id()).append("\">")
                    .append(Svg.text(LABEL - 10, y + 15, "font-size=\"13\" font-weight=\"bold\" text-anchor=\"end\" fill=\"#0f172a\"", r.workload()))
                    .append(Svg.text(LABEL - 10, y + 30, "font-size=\"11\" text-anchor=\"end\" fill=\"#334155\"", "on " + r.engine() + ", " + Cells.fit(r)));
            double end = x(r.p99EstimateMs(), low, high), budget = x(r.p99BudgetMs(), low, high);
            svg.append("<rect class=\"estimate\" x=\"").append(Svg.n(LABEL)).append("\" y=\"").append(Svg.n(y + 6)).append("\" width=\"")
                    .append(Svg.n(Math.max(2, end - LABEL))).append("\" height=\"20\" fill=\"").append(emulated ? "url(#hatch)" : "#3b82f6")
                    .append("\" stroke=\"").append(emulated ? "#c05621" : "#1d4ed8").append("\"/>")
                    .append("<line class=\"budget\" x1=\"").append(Svg.n(budget)).append("\" y1=\"").append(Svg.n(y + 2)).append("\" x2=\"").append(Svg.n(budget))
                    .append("\" y2=\"").append(Svg.n(y + 30)).append("\" stroke=\"#dc2626\" stroke-width=\"3\"/>")
                    .append(Svg.text(LABEL + AXIS + 10, y + 15, "font-size=\"12\" fill=\"#0f172a\"",
                            Cells.latency(r.p99EstimateMs()) + " of " + Cells.latency(r.p99BudgetMs()) + " budget"))
                    .append(Svg.text(LABEL + AXIS + 10, y + 30, "font-size=\"11\" fill=\"#475569\"", "runner-up: " + r.runnerUp().orElse("none")))
                    .append("</g>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static double x(double ms, double low, double high) {
        return LABEL + Math.log10(Math.max(ms, low) / low) / Math.log10(high / low) * AXIS;
    }
}
