package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Role;

/**
 * How a portfolio box is drawn, the same in the Mermaid diagram and the HTML report: a light fill with a dark text
 * colour set beside it (WCAG AA contrast, so it reads on a light and on a dark page alike) and a stroke that
 * tells the role apart; headroom is dashed.
 *
 * @param fill   box background, CSS hex colour
 * @param stroke box outline, CSS hex colour
 * @param text   text inside the box, CSS hex colour
 * @param dashed whether the outline (and the sync edge into the box) is dashed
 */
record RoleColours(String fill, String stroke, String text, boolean dashed) {
    /** The application box. */
    static final RoleColours APP = new RoleColours("#f8fafc", "#334155", "#0f172a", false);

    static RoleColours of(Role role) {
        return switch (role) {
            case SOURCE_OF_TRUTH -> new RoleColours("#dbeafe", "#1d4ed8", "#0b1f33", false);
            case DERIVED -> new RoleColours("#fde8c8", "#b45309", "#3b2300", false);
            case HEADROOM -> new RoleColours("#f1f1f1", "#6b7280", "#222222", true);
        };
    }

    /** As a Mermaid {@code style} statement's properties. */
    String mermaid() { return "fill:" + fill + ",stroke:" + stroke + ",color:" + text + (dashed ? ",stroke-dasharray: 5 5" : ""); }
}
