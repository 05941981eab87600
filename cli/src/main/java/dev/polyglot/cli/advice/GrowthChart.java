package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Role;
import dev.polyglot.advisor.RouteLimit;
import dev.polyglot.advisor.model.Estimator;
import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.workloads.GrowthRate;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The growth chart: for each route whose workload has a growth rate, its load (ops/s, log axis) month by month
 * over the report's horizon, against the limit of its current home (dashed, same colour). Where the load crosses
 * the limit a marker names the engine that takes over; a crossing past the horizon is marked at the right edge
 * with its month. A route whose next home is the portfolio's headroom engine is drawn bold.
 */
final class GrowthChart {
    static final double WIDTH = 980, HEIGHT = 400, LEFT = 80, RIGHT = 230, TOP = 24, BOTTOM = 44;
    /** Height of one line of label text, px: labels closer than this are moved apart. */
    static final double LABEL_LINE = 14;
    /** Okabe-Ito colours, told apart by colour-blind readers too (yellow left out: it does not read on white). */
    static final List<String> PALETTE = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000");

    /**
     * One growing route.
     *
     * @param factor   the load multiple at which the route stops fitting; empty when the model finds none
     * @param limit    the load at which the route stops fitting, ops/s; empty when the model finds none
     * @param warning  the advice's trigger for it, if any
     * @param headroom whether the engine that takes over is the portfolio's headroom
     */
    record Series(Advice.Route route, Workload workload, GrowthRate rate, Optional<Advice.GrowthWarning> warning, OptionalDouble factor,
                  OptionalDouble limit, boolean headroom, String colour) {
        double loadAt(double months) { return workload.opsPerSec() * Math.pow(rate.monthlyFactor(), months); }

        /** The limit in the workload's own terms: rows per query for an aggregate that says how many it scans, else ops/s. */
        Optional<String> limitText() {
            if (factor.isEmpty()) return Optional.empty();
            double f = factor.getAsDouble();
            return Optional.of(workload.shape() == Shape.AGGREGATE && workload.rowsPerQuery().isPresent()
                    ? Numbers.amount(workload.rowsPerQuery().getAsLong() * f) + " rows per query"
                    : Numbers.amount(workload.opsPerSec() * f) + " ops/s").map(t -> "about " + t);
        }
    }

    private GrowthChart() {}

    /** The routes of {@code report} whose workloads grow, in route order. */
    static List<Series> series(AdviceReport report) {
        Advice a = report.today();
        List<Series> out = new ArrayList<>();
        for (var r : a.routes()) {
            Optional<Workload> w = report.workloads().workload(r.workload());
            if (w.isEmpty() || w.get().growth().isEmpty()) continue;
            GrowthRate rate = w.get().growth().get();
            var warning = a.growth().stream().filter(g -> g.workload().equals(r.workload()) && g.engine().equals(r.engine())).findFirst();
            // the bound the advisor's trigger was found from (its months are rounded; the factor is not)
            OptionalDouble factor = warning.filter(g -> g.monthsLeft().isPresent())
                    .flatMap(g -> report.catalog().engine(r.engine()))
                    .flatMap(engine -> RouteLimit.of(new Estimator(report.assumptions()), w.get(), engine))
                    .map(l -> OptionalDouble.of(l.fitsUpTo())).orElse(OptionalDouble.empty());
            OptionalDouble limit = factor.isPresent() ? OptionalDouble.of(w.get().opsPerSec() * factor.getAsDouble()) : OptionalDouble.empty();
            boolean headroom = warning.flatMap(Advice.GrowthWarning::nextEngine)
                    .map(next -> a.portfolio().stream().anyMatch(p -> p.engine().equals(next) && p.role() == Role.HEADROOM)).orElse(false);
            out.add(new Series(r, w.get(), rate, warning, factor, limit, headroom, PALETTE.get(out.size() % PALETTE.size())));
        }
        return out;
    }

    static String render(List<Series> series, int horizon) {
        double low = Double.MAX_VALUE, high = 0;
        for (Series s : series) {
            low = Math.min(low, Math.min(s.loadAt(0), s.loadAt(horizon)));
            high = Math.max(high, Math.max(s.loadAt(0), s.loadAt(horizon)));
            if (s.limit().isPresent()) { low = Math.min(low, s.limit().getAsDouble()); high = Math.max(high, s.limit().getAsDouble()); }
        }
        final double bottom = Math.pow(10, Math.floor(Math.log10(low))), top = Math.pow(10, Math.ceil(Math.log10(high * 1.01)));
        StringBuilder svg = new StringBuilder(Svg.open("growth-chart", WIDTH, HEIGHT, "load over the next " + horizon + " months against each route's limit"));
        double plotRight = WIDTH - RIGHT, plotBottom = HEIGHT - BOTTOM;
        svg.append("<rect x=\"").append(Svg.n(LEFT)).append("\" y=\"").append(Svg.n(TOP)).append("\" width=\"").append(Svg.n(plotRight - LEFT))
                .append("\" height=\"").append(Svg.n(plotBottom - TOP)).append("\" fill=\"#ffffff\" stroke=\"#cbd5e1\"/>");
        for (double v = bottom; v <= top * 1.001; v *= 10) {
            double y = y(v, bottom, top);
            svg.append("<line x1=\"").append(Svg.n(LEFT)).append("\" y1=\"").append(Svg.n(y)).append("\" x2=\"").append(Svg.n(plotRight)).append("\" y2=\"")
                    .append(Svg.n(y)).append("\" stroke=\"#e2e8f0\"/>").append(Svg.text(LEFT - 6, y + 4, "font-size=\"11\" text-anchor=\"end\" fill=\"#475569\"", Numbers.amount(v)));
        }
        for (int m = 0; m <= horizon; m += 3) {
            double x = x(m, horizon);
            svg.append("<line x1=\"").append(Svg.n(x)).append("\" y1=\"").append(Svg.n(TOP)).append("\" x2=\"").append(Svg.n(x)).append("\" y2=\"")
                    .append(Svg.n(plotBottom)).append("\" stroke=\"#f1f5f9\"/>").append(Svg.text(x, plotBottom + 16, "font-size=\"11\" text-anchor=\"middle\" fill=\"#475569\"", String.valueOf(m)));
        }
        svg.append(Svg.text((LEFT + plotRight) / 2, HEIGHT - 8, "font-size=\"12\" text-anchor=\"middle\" fill=\"#334155\"", "months from now"))
                .append(Svg.text(8, TOP - 8, "font-size=\"12\" fill=\"#334155\"", "load, ops/s (log axis)"));
        List<double[]> labels = new ArrayList<>();  // {y, series index}
        List<double[]> placed = new ArrayList<>();  // marker labels drawn: {left, right, baseline}
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String width = s.headroom() ? "4" : "2";
            if (s.limit().isPresent()) {
                double ly = y(s.limit().getAsDouble(), bottom, top);
                svg.append("<line class=\"limit-line\" x1=\"").append(Svg.n(LEFT)).append("\" y1=\"").append(Svg.n(ly)).append("\" x2=\"").append(Svg.n(plotRight))
                        .append("\" y2=\"").append(Svg.n(ly)).append("\" stroke=\"").append(s.colour()).append("\" stroke-width=\"1.5\" stroke-dasharray=\"7 5\" opacity=\"0.8\"/>");
            }
            svg.append("<polyline class=\"growth-series\" data-workload=\"").append(Svg.escape(s.route().workload())).append("\" data-headroom=\"")
                    .append(s.headroom()).append("\" fill=\"none\" stroke=\"").append(s.colour()).append("\" stroke-width=\"").append(width).append("\" points=\"");
            for (int m = 0; m <= horizon; m++) svg.append(Svg.n(x(m, horizon))).append(',').append(Svg.n(y(s.loadAt(m), bottom, top))).append(' ');
            svg.append("\"/>");
            labels.add(new double[] {y(s.loadAt(horizon), bottom, top), i});
            if (s.limit().isPresent()) marker(svg, s, horizon, bottom, top, placed);
        }
        labels.sort(Comparator.comparingDouble(l -> l[0]));
        double last = -100;
        for (double[] l : labels) {
            double y = Math.max(l[0] + 4, last + LABEL_LINE);
            Series s = series.get((int) l[1]);
            svg.append(Svg.text(plotRight + 8, y, "font-size=\"12\" fill=\"" + s.colour() + "\"" + (s.headroom() ? " font-weight=\"bold\"" : ""),
                    s.route().workload()));
            last = y;
        }
        return svg.append("</svg>").toString();
    }

    /** Where the load crosses the limit: a dot there inside the horizon, a triangle at the right edge past it. */
    private static void marker(StringBuilder svg, Series s, int horizon, double bottom, double top, List<double[]> placed) {
        double months = s.warning().orElseThrow().monthsLeft().getAsDouble();
        String next = s.warning().orElseThrow().nextEngine().orElse("no engine of the catalog");
        double y = y(s.limit().getAsDouble(), bottom, top);
        boolean inside = months <= horizon;
        double x = inside ? x(months, horizon) : x(horizon, horizon);
        svg.append("<g class=\"trigger-marker\" data-workload=\"").append(Svg.escape(s.route().workload())).append("\" data-month=\"").append(Numbers.trim(months))
                .append("\" data-next=\"").append(Svg.escape(next)).append("\">");
        if (inside) svg.append("<circle cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"").append(s.headroom() ? "7" : "5")
                .append("\" fill=\"").append(s.colour()).append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
        else svg.append("<path d=\"M").append(Svg.n(x - 10)).append(',').append(Svg.n(y - 6)).append(" L").append(Svg.n(x)).append(',').append(Svg.n(y))
                .append(" L").append(Svg.n(x - 10)).append(',').append(Svg.n(y + 6)).append(" z\" fill=\"").append(s.colour()).append("\"/>");
        String text = "month " + Numbers.trim(months) + " → " + next + (s.headroom() ? " (headroom)" : "");
        double textWidth = text.length() * 7, left = inside ? Math.min(x + 8, WIDTH - RIGHT - textWidth) : x - 14 - textWidth;
        double baseline = y - 8;
        while (overlaps(placed, left, left + textWidth, baseline)) baseline -= LABEL_LINE;
        placed.add(new double[] {left, left + textWidth, baseline});
        svg.append(Svg.text(left, baseline, "font-size=\"12\" fill=\"" + s.colour() + "\"" + (s.headroom() ? " font-weight=\"bold\"" : ""), text)).append("</g>");
    }

    private static boolean overlaps(List<double[]> placed, double left, double right, double baseline) {
        return placed.stream().anyMatch(p -> left < p[1] && right > p[0] && Math.abs(baseline - p[2]) < LABEL_LINE);
    }

    private static double x(double months, int horizon) { return LEFT + months / horizon * (WIDTH - RIGHT - LEFT); }

    private static double y(double load, double bottom, double top) {
        return HEIGHT - BOTTOM - Math.log10(Math.max(load, bottom) / bottom) / Math.log10(top / bottom) * (HEIGHT - BOTTOM - TOP);
    }
}
