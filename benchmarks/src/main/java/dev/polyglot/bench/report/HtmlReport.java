package dev.polyglot.bench.report;

import dev.polyglot.bench.load.IntervalSample;
import dev.polyglot.bench.load.LatencySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The {@code --html} report: one self-contained page (inline SVG and CSS, no script, nothing fetched), one panel
 * per workload with the latency-by-percentile curve on HdrHistogram's log axis (90%, 99%, 99.9% ... equally
 * spaced), the budget line, and the per-second throughput and p99 series of the complete seconds. Latency is
 * drawn on a linear and a log axis; a checkbox (CSS only) shows one or the other.
 */
public final class HtmlReport {
    static final int WIDTH = 640, HEIGHT = 260, PAD = 48;
    /** The percentile axis ends at 99.9999% (10^6 on the 1/(1-p) scale). */
    static final double MAX_DECADES = 6;

    private HtmlReport() {}

    public static String render(List<BenchResult> results) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>polyglot bench report</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}section{margin-bottom:3em}")
                .append("table{border-collapse:collapse}td,th{padding:2px 10px;text-align:right;border-bottom:1px solid #ddd}")
                .append("svg{background:#fafafa;border:1px solid #ccc;margin:0.5em 1em 0 0}.pass{color:#080}.fail{color:#c00}.inconclusive{color:#b60}")
                .append("#latency-log:checked~section .linear,#latency-log:not(:checked)~section .log{display:none}")
                .append("</style></head><body>\n<h1>polyglot bench</h1>\n")
                .append("<input type=\"checkbox\" id=\"latency-log\"/><label for=\"latency-log\"> log scale for latency</label>\n");
        for (BenchResult r : results) panel(html, r);
        return html.append("</body></html>\n").toString();
    }

    private static void panel(StringBuilder html, BenchResult r) {
        LatencySummary l = r.latency();
        html.append("<section class=\"workload\"><h2>").append(escape(r.workload())).append(" on ").append(escape(r.engine()))
                .append(" <span class=\"").append(r.verdict().id()).append("\">").append(r.verdict().id()).append("</span></h2>\n<p>")
                .append(escape(r.judgement().reason())).append("</p>\n<table><tr><th>target ops/s</th><th>achieved ops/s</th><th>p50 ms</th>")
                .append("<th>p99 ms</th><th>p99.9 ms</th><th>max ms</th><th>budget ms</th><th>errors</th></tr><tr>")
                .append(td(r.plan().rate().isPresent() ? ResultsTable.num(r.plan().rate().getAsDouble()) : "max"))
                .append(td(ResultsTable.num(r.run().achievedOpsPerSec()))).append(td(ResultsTable.num(l.p50()))).append(td(ResultsTable.num(l.p99())))
                .append(td(ResultsTable.num(l.p999()))).append(td(ResultsTable.num(l.max())))
                .append(td(r.budget().isPresent() ? ResultsTable.num(r.budget().getAsDouble()) : "-")).append(td(Long.toString(r.run().errors())))
                .append("</tr></table>\n");
        if (!r.writes().phrases().isEmpty()) html.append("<p class=\"writes\">").append(escape(String.join("; ", r.writes().phrases()))).append("</p>\n");
        r.estimate().ifPresent(e -> estimate(html, r, e));
        r.search().ifPresent(search -> ratePlot(html, r, search));
        percentilePlot(html, r);
        seriesPlot(html, completeSeconds(r));
        html.append("</section>\n");
    }

    /** advise's estimate beside the measurement: the figures, the ratio, and the call-out when it is more than 2x off. */
    private static void estimate(StringBuilder html, BenchResult r, AdvisorEstimate e) {
        html.append("<table class=\"estimate\"><tr><th>estimated p99 ms</th><th>measured p99 ms</th><th>measured / estimated</th>")
                .append("<th>estimated capacity ops/s</th><th>catalog</th></tr><tr>")
                .append(td(Double.isInfinite(e.p99Ms()) ? "saturated" : ResultsTable.num(e.p99Ms()))).append(td(ResultsTable.num(r.latency().p99())))
                .append(td(r.measuredOverEstimate().isPresent() ? ResultsTable.num(r.measuredOverEstimate().getAsDouble()) + "x" : "-"))
                .append(td(ResultsTable.num(e.capacityOpsPerSec()))).append(td(e.catalog())).append("</tr></table>\n<p class=\"reading\">ran ")
                .append(escape(e.operation())).append("; the model reads ").append(escape(e.reading())).append("</p>\n");
        String callout = ResultsTable.callout(r);
        if (!callout.isEmpty()) html.append("<p class=\"callout fail\">").append(escape(callout.substring(2))).append("</p>\n");
    }

    /**
     * {@code --find-max}: p99 (ms, log axis) against the target rate of each step (ops/s, linear), passing steps green
     * and failing red, with the budget line, the highest rate within it, and advise's growth trigger when known.
     */
    private static void ratePlot(StringBuilder html, BenchResult r, RateSearch search) {
        List<RateSearch.Step> steps = search.steps();
        OptionalDouble trigger = r.estimate().map(AdvisorEstimate::stopsFittingAt).orElse(OptionalDouble.empty());
        double right = 1.05 * Math.max(Math.max(1, steps.stream().mapToDouble(RateSearch.Step::target).max().orElse(1)), trigger.orElse(0));
        double budget = r.budget().orElse(1);
        double low = Math.max(1e-3, Math.min(budget, steps.stream().mapToDouble(RateSearch.Step::p99Ms).filter(v -> v > 0).min().orElse(budget)) / 2);
        double high = Math.max(budget, steps.stream().mapToDouble(RateSearch.Step::p99Ms).max().orElse(budget)) * 2;
        html.append(svgOpen("p99 by rate (--find-max steps)"));
        for (int i = 0; i <= 4; i++) {
            double v = right * i / 4;
            html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s/s</text>",
                    rateX(v, right), HEIGHT - PAD + 14, ResultsTable.num(v)));
        }
        for (double v = Math.pow(10, Math.floor(Math.log10(low))); v <= high; v *= 10) {
            if (v < low) continue;
            html.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>",
                    PAD, logY(v, low, high), WIDTH - PAD, logY(v, low, high), PAD - 4, logY(v, low, high) + 3, ResultsTable.num(v)));
        }
        html.append("<text x=\"4\" y=\"14\" font-size=\"10\">ms p99</text>");
        double by = logY(budget, low, high);
        html.append(String.format(Locale.ROOT, "<line class=\"budget\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c00\" stroke-dasharray=\"6 3\"/>",
                PAD, by, WIDTH - PAD, by));
        verticalLine(html, "max-rate", rateX(search.maxWithinBudget(), right), "#080", "max " + ResultsTable.num(search.maxWithinBudget()) + "/s");
        trigger.ifPresent(t -> verticalLine(html, "growth-trigger", rateX(t, right), "#b60", "advise: stops fitting at " + ResultsTable.num(t) + "/s"));
        for (RateSearch.Step step : steps) {
            html.append(String.format(Locale.ROOT, "<circle class=\"step %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s/s: p99 %s ms, %s</title></circle>",
                    step.verdict().id(), rateX(step.target(), right), logY(Math.max(low, step.p99Ms()), low, high),
                    step.verdict() == Verdict.PASS ? "#080" : "#c00", ResultsTable.num(step.target()), ResultsTable.num(step.p99Ms()), step.verdict().id()));
        }
        html.append("</svg>\n");
    }

    private static void verticalLine(StringBuilder html, String cssClass, double x, String colour, String label) {
        html.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.5\"/>"
                + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"%s\">%s</text>", cssClass, x, PAD / 2, x, HEIGHT - PAD, colour,
                x + 3, PAD / 2 + (cssClass.equals("max-rate") ? 10 : 22), colour, escape(label)));
    }

    private static double rateX(double rate, double right) { return PAD + rate / right * (WIDTH - 2 * PAD); }

    private static double logY(double value, double low, double high) {
        return HEIGHT - PAD - (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low)) * (HEIGHT - PAD - PAD / 2.0);
    }

    /** Latency (ms, linear) against percentile on the log scale 1/(1-p): 0, 90, 99, 99.9 ... evenly spaced. */
    private static void percentilePlot(StringBuilder html, BenchResult r) {
        Histogram h = r.run().response();
        List<double[]> points = new ArrayList<>();
        for (HistogramIterationValue v : h.percentiles(5)) {
            double p = v.getPercentileLevelIteratedTo() / 100;
            double x = p >= 1 ? MAX_DECADES : Math.min(MAX_DECADES, Math.log10(1 / (1 - p)));
            points.add(new double[] {x, v.getValueIteratedTo() / 1e6});
            if (p >= 1) break;
        }
        double top = Math.max(1e-3, points.stream().mapToDouble(p -> p[1]).max().orElse(1));
        if (r.budget().isPresent()) top = Math.max(top, r.budget().getAsDouble() * 1.1);
        double least = points.stream().mapToDouble(p -> p[1]).filter(v -> v > 0).min().orElse(top);
        html.append(svgOpen("latency by percentile"));
        for (int d = 0; d <= MAX_DECADES; d++) {
            double x = PAD + d * (WIDTH - 2 * PAD) / MAX_DECADES;
            html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>", x, PAD / 2, x, HEIGHT - PAD))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>", x, HEIGHT - PAD + 14,
                            percentLabel(d)));
        }
        for (Scale scale : Scale.both(least, top)) {
            html.append("<g class=\"").append(scale.id()).append("\">");
            axisLabels(html, scale, "ms");
            polyline(html, points, MAX_DECADES, scale, "#0057b7", "percentile-curve" + scale.suffix());
            if (r.budget().isPresent()) {
                double y = scale.y(r.budget().getAsDouble());
                html.append(String.format(Locale.ROOT, "<line class=\"budget%s\" x1=\"%d\" y1=\"%.0f\" x2=\"%d\" y2=\"%.0f\" stroke=\"#c00\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>"
                        + "<text x=\"%d\" y=\"%.0f\" font-size=\"10\" fill=\"#c00\" text-anchor=\"end\">budget %s ms</text>",
                        scale.suffix(), PAD, y, WIDTH - PAD, y, WIDTH - PAD, y - 4, ResultsTable.num(r.budget().getAsDouble())));
            }
            html.append("</g>");
        }
        html.append("</svg>\n");
    }

    /**
     * The intervals that lasted a whole second: those inside the planned warm-up and duration, less the last of a
     * run stopped early. The rest end when the workers stop, so their few operations would read as a drop.
     */
    static List<IntervalSample> completeSeconds(BenchResult r) {
        long planned = r.plan().warmup().plus(r.plan().duration()).toMillis() / 1000;
        List<IntervalSample> inside = r.run().series().stream().filter(s -> s.second() <= planned).toList();
        return r.run().aborted().isPresent() && !inside.isEmpty() ? inside.subList(0, inside.size() - 1) : inside;
    }

    /** Operations per second (grey) and p99 per second (blue, ms) over the complete seconds, warm-up included and shaded. */
    private static void seriesPlot(StringBuilder html, List<IntervalSample> series) {
        double last = Math.max(1, series.size());
        double topOps = Math.max(1, series.stream().mapToDouble(IntervalSample::ops).max().orElse(1));
        double topP99 = Math.max(1e-3, series.stream().mapToDouble(IntervalSample::p99Ms).max().orElse(1));
        html.append(svgOpen("per-second throughput and p99"));
        long warm = series.stream().filter(IntervalSample::warmup).count();
        if (warm > 0) html.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#eee\"/>",
                PAD, PAD / 2, warm * (WIDTH - 2 * PAD) / last, HEIGHT - PAD - PAD / 2));
        long step = Math.max(1, (long) Math.ceil(last / 10));
        for (long t = 0; t <= last; t += step) {
            html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%d s</text>",
                    PAD + t / last * (WIDTH - 2 * PAD), HEIGHT - PAD + 14, t));
        }
        List<double[]> ops = new ArrayList<>(), p99 = new ArrayList<>();
        for (IntervalSample s : series) {
            ops.add(new double[] {s.second(), s.ops() * topP99 / topOps});
            p99.add(new double[] {s.second(), s.p99Ms()});
        }
        polyline(html, ops, last, Scale.linear(topP99), "#999", "ops-series");
        double least = series.stream().mapToDouble(IntervalSample::p99Ms).filter(v -> v > 0).min().orElse(topP99);
        for (Scale scale : Scale.both(least, topP99)) {
            html.append("<g class=\"").append(scale.id()).append("\">");
            axisLabels(html, scale, "ms p99");
            polyline(html, p99, last, scale, "#0057b7", "p99-series" + scale.suffix());
            html.append("</g>");
        }
        html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#777\">ops/s (grey, peak %.0f)</text>", WIDTH - PAD - 130, PAD / 2 + 12, topOps))
                .append("</svg>\n");
    }

    /** 0%, 90%, 99%, 99.9% ... for decade {@code d} of the 1/(1-p) axis. */
    static String percentLabel(int d) {
        return d == 0 ? "0%" : java.math.BigDecimal.valueOf(100).subtract(java.math.BigDecimal.valueOf(100).movePointLeft(d)).stripTrailingZeros().toPlainString() + "%";
    }

    private static String svgOpen(String title) {
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">"
                + "<title>%s</title><text x=\"%d\" y=\"14\" font-size=\"12\">%s</text>", WIDTH, HEIGHT, WIDTH, HEIGHT, title, PAD, title);
    }

    private static void axisLabels(StringBuilder html, Scale scale, String unit) {
        for (double v : scale.ticks()) {
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>", PAD - 4, scale.y(v) + 3,
                    ResultsTable.num(v)));
        }
        html.append("<text x=\"4\" y=\"14\" font-size=\"10\">").append(unit).append(scale.log ? " (log)" : "").append("</text>");
    }

    private static void polyline(StringBuilder html, List<double[]> points, double maxX, Scale scale, String colour, String cssClass) {
        html.append("<polyline class=\"").append(cssClass).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\" points=\"");
        for (double[] p : points) {
            html.append(String.format(Locale.ROOT, "%.1f,%.1f ", PAD + p[0] / maxX * (WIDTH - 2 * PAD), scale.y(p[1])));
        }
        html.append("\"/>");
    }

    /**
     * A latency axis from {@code bottom} to {@code top} ms: linear from 0, or log over whole decades (values at or
     * below the bottom decade sit on the axis).
     */
    record Scale(boolean log, double bottom, double top) {
        static Scale linear(double top) { return new Scale(false, 0, top); }

        /** The linear axis to {@code top} and the log axis over the decades from {@code least} (above 0) to {@code top}. */
        static List<Scale> both(double least, double top) {
            double low = Math.pow(10, Math.floor(Math.log10(Math.max(1e-3, Math.min(least, top)))));
            double high = Math.pow(10, Math.ceil(Math.log10(Math.max(top, low * 10))));
            return List.of(linear(top), new Scale(true, low, high));
        }

        String id() { return log ? "log" : "linear"; }

        /** Appended to the classes of what is drawn on the log axis, so each axis's curves can be told apart. */
        String suffix() { return log ? "-log" : ""; }

        double y(double value) {
            double share = log ? Math.log10(Math.max(value, bottom) / bottom) / Math.log10(top / bottom) : value / top;
            return HEIGHT - PAD - share * (HEIGHT - PAD - PAD / 2.0);
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            if (log) for (double v = bottom; v <= top * 1.001; v *= 10) ticks.add(v);
            else for (int i = 0; i <= 4; i++) ticks.add(top * i / 4);
            return ticks;
        }
    }

    private static String td(String s) { return "<td>" + escape(s) + "</td>"; }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
