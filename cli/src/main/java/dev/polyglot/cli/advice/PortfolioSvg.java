package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio as an inline SVG, drawn here rather than by Mermaid so the report needs nothing at run time: the
 * application as a tall box on the left, one box per engine in a column (sources of truth, then derived copies,
 * then headroom) listing the workloads it serves, an arrow from the application to each engine that serves a route,
 * and each sync edge as an arc on the right labelled with its method. Boxes in their {@link RoleColours}.
 */
final class PortfolioSvg {
    static final double APP_X = 10, APP_WIDTH = 150, ENGINE_X = 240, ENGINE_WIDTH = 330, GAP = 22, TOP = 34, LINE = 16, ARC_STEP = 46;

    private PortfolioSvg() {}

    static String render(Advice a) {
        List<Advice.PortfolioEntry> column = new ArrayList<>();
        for (Role role : List.of(Role.SOURCE_OF_TRUTH, Role.DERIVED, Role.HEADROOM)) a.portfolio().stream().filter(p -> p.role() == role).forEach(column::add);
        Map<String, double[]> box = new HashMap<>();  // engine -> {top, height}
        double y = TOP;
        for (var p : column) {
            double height = 2 * LINE + 14 + LINE * servedHere(a, p).size();
            box.put(p.engine(), new double[] {y, height});
            y += height + GAP;
        }
        double bottom = Math.max(y - GAP, TOP + 60);
        double arcs = a.sync().size() * ARC_STEP + 90;
        double width = ENGINE_X + ENGINE_WIDTH + arcs, height = bottom + 14;
        StringBuilder svg = new StringBuilder(Svg.open("portfolio-diagram", width, height, "the portfolio of " + a.system()));
        svg.append(Svg.arrowhead("arrow", "#475569"));
        svg.append(Svg.text(APP_X, 18, "font-size=\"12\" fill=\"#475569\"", "arrows: who reads and writes where; arcs: how copies are fed (dashed: headroom)"));
        RoleColours app = RoleColours.APP;
        svg.append("<g class=\"app-box\"><rect x=\"").append(Svg.n(APP_X)).append("\" y=\"").append(Svg.n(TOP)).append("\" width=\"").append(Svg.n(APP_WIDTH))
                .append("\" height=\"").append(Svg.n(bottom - TOP)).append("\" rx=\"8\" fill=\"").append(app.fill()).append("\" stroke=\"").append(app.stroke())
                .append("\" stroke-width=\"1.5\"/>")
                .append(Svg.text(APP_X + APP_WIDTH / 2, (TOP + bottom) / 2, "font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"" + app.text() + "\"", a.system()))
                .append("</g>");
        for (var p : column) {
            double[] b = box.get(p.engine());
            RoleColours c = RoleColours.of(p.role());
            if (p.role() != Role.HEADROOM && !servedHere(a, p).isEmpty()) {
                double mid = b[0] + b[1] / 2;
                svg.append("<path class=\"route-edge\" d=\"M").append(Svg.n(APP_X + APP_WIDTH)).append(',').append(Svg.n(mid)).append(" L").append(Svg.n(ENGINE_X - 2))
                        .append(',').append(Svg.n(mid)).append("\" stroke=\"#475569\" stroke-width=\"1.5\" fill=\"none\" marker-end=\"url(#arrow)\"/>");
            }
            svg.append("<g class=\"engine-box\" data-engine=\"").append(Svg.escape(p.engine())).append("\" data-role=\"").append(p.role().id()).append("\">")
                    .append("<rect x=\"").append(Svg.n(ENGINE_X)).append("\" y=\"").append(Svg.n(b[0])).append("\" width=\"").append(Svg.n(ENGINE_WIDTH))
                    .append("\" height=\"").append(Svg.n(b[1])).append("\" rx=\"8\" fill=\"").append(c.fill()).append("\" stroke=\"").append(c.stroke())
                    .append("\" stroke-width=\"2\"").append(c.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>");
            String fill = "fill=\"" + c.text() + "\"";
            svg.append(Svg.text(ENGINE_X + 12, b[0] + 20, "font-size=\"15\" font-weight=\"bold\" " + fill, p.engine()))
                    .append(Svg.text(ENGINE_X + 12, b[0] + 20 + LINE, "font-size=\"12\" " + fill,
                            p.family() + " · " + p.role().id() + " · " + p.nodes() + (p.nodes() == 1 ? " node" : " nodes")));
            double line = b[0] + 20 + 2 * LINE + 4;
            for (String w : servedHere(a, p)) {
                svg.append(Svg.text(ENGINE_X + 20, line, "font-size=\"12\" " + fill, "• " + w));
                line += LINE;
            }
            svg.append("</g>");
        }
        for (int i = 0; i < a.sync().size(); i++) {
            var e = a.sync().get(i);
            double[] from = box.get(e.from()), to = box.get(e.to());
            if (from == null || to == null) continue;
            boolean headroom = a.portfolio().stream().anyMatch(p -> p.engine().equals(e.to()) && p.role() == Role.HEADROOM);
            double x = ENGINE_X + ENGINE_WIDTH, bulge = x + ARC_STEP * (i + 1), y1 = from[0] + from[1] / 2 + 8, y2 = to[0] + to[1] / 2 - 8;
            svg.append("<path class=\"sync-edge\" d=\"M").append(Svg.n(x)).append(',').append(Svg.n(y1)).append(" C").append(Svg.n(bulge)).append(',').append(Svg.n(y1))
                    .append(' ').append(Svg.n(bulge)).append(',').append(Svg.n(y2)).append(' ').append(Svg.n(x + 2)).append(',').append(Svg.n(y2))
                    .append("\" stroke=\"#475569\" stroke-width=\"1.5\" fill=\"none\"").append(headroom ? " stroke-dasharray=\"6 4\"" : "")
                    .append(" marker-end=\"url(#arrow)\"/>")
                    .append(Svg.text(bulge - ARC_STEP * 0.25 + 4, (y1 + y2) / 2 + 4, "font-size=\"12\" fill=\"#334155\"", e.method().id()));
        }
        return svg.append("</svg>").toString();
    }

    /** The workloads an engine serves (a headroom engine lists the ones it is there for). */
    private static List<String> servedHere(Advice a, Advice.PortfolioEntry p) {
        if (p.role() == Role.HEADROOM) return p.workloads();
        return a.routes().stream().filter(r -> r.engine().equals(p.engine())).map(Advice.Route::workload).toList();
    }
}
