package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Role;

/**
 * The portfolio and its sync edges as a Mermaid graph, in the style of seed 003's diagrams. Every box has a light
 * fill with its text colour set beside it, so it reads the same on a light and a dark page (GitHub's themes set
 * their own default text colour, light on dark, which a fixed fill would not match); headroom boxes and the sync
 * edges into them are dashed.
 */
final class MermaidAdviceFormat implements AdviceFormat {
    @Override public String render(Advice a) {
        StringBuilder out = new StringBuilder("graph LR\n");
        out.append("  App[\"").append(label(a.system())).append("\"]\n");
        for (var p : a.portfolio()) {
            out.append("  ").append(node(p.engine())).append("[\"").append(label(p.engine())).append("<br/>").append(p.family())
                    .append(" · ").append(p.role().id()).append("<br/>").append(p.nodes()).append(p.nodes() == 1 ? " node" : " nodes").append("\"]\n");
        }
        for (var p : a.portfolio()) {
            if (p.role() == Role.HEADROOM) continue;
            var carried = a.routes().stream().filter(r -> r.engine().equals(p.engine())).map(r -> label(r.workload())).toList();
            if (!carried.isEmpty()) out.append("  App -->|\"").append(String.join("<br/>", carried)).append("\"| ").append(node(p.engine())).append('\n');
        }
        for (var e : a.sync()) {
            boolean headroom = a.portfolio().stream().anyMatch(p -> p.engine().equals(e.to()) && p.role() == Role.HEADROOM);
            out.append("  ").append(node(e.from())).append(headroom ? " -.->|\"" : " -->|\"").append(e.method().id()).append("\"| ")
                    .append(node(e.to())).append('\n');
        }
        out.append("  style App ").append(RoleColours.APP.mermaid()).append('\n');
        for (var p : a.portfolio()) out.append("  style ").append(node(p.engine())).append(' ').append(RoleColours.of(p.role()).mermaid()).append('\n');
        return out.toString();
    }

    private static String node(String engine) { return engine.replaceAll("[^A-Za-z0-9]", "_"); }

    private static String label(String text) { return text.replace("\"", "'"); }
}
