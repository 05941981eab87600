package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Role;

/** The portfolio and its sync edges as a Mermaid graph, in the style of seed 003's diagrams. */
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
        for (var p : a.portfolio()) {
            String style = switch (p.role()) {
                case SOURCE_OF_TRUTH -> "fill:#1a3a4a,stroke:#44aaff";
                case DERIVED -> "fill:#4a3a1a,stroke:#ffaa44";
                case HEADROOM -> "fill:#2a2a2a,stroke:#999999,stroke-dasharray: 5 5";
            };
            out.append("  style ").append(node(p.engine())).append(' ').append(style).append('\n');
        }
        return out.toString();
    }

    private static String node(String engine) { return engine.replaceAll("[^A-Za-z0-9]", "_"); }

    private static String label(String text) { return text.replace("\"", "'"); }
}
