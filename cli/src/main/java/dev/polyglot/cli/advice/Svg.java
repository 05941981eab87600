package dev.polyglot.cli.advice;

import java.util.Locale;

/** The few pieces of SVG and HTML text the report's drawings share: escaping, coordinates, text elements. */
final class Svg {
    private Svg() {}

    /** {@code s} safe inside an element or a double-quoted attribute. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A coordinate with one decimal, in the root locale (SVG wants a dot). */
    static String n(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    /** A {@code <text>} element; {@code attributes} are written as given (e.g. {@code font-size="12"}). */
    static String text(double x, double y, String attributes, String content) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" " + attributes + ">" + escape(content) + "</text>";
    }

    /** The opening tag of a standalone drawing {@code width} x {@code height} px, titled for screen readers. */
    static String open(String cssClass, double width, double height, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + cssClass + "\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\" role=\"img\"><title>" + escape(title) + "</title>";
    }

    /** An arrowhead marker with id {@code id} in {@code colour}, for {@code marker-end="url(#id)"}. */
    static String arrowhead(String id, String colour) {
        return "<defs><marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + colour + "\"/></marker></defs>";
    }
}
