package dev.polyglot.cli.advice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polyglot.advisor.Advice;

/**
 * The contract's JSON document (docs: cli-contract, {@code advise --format json}), field for field in
 * snake_case; {@code via} and {@code months_left} are null when absent. Extra fields: a route's
 * {@code runner_up} and {@code assumes}, a sync edge's {@code offers}, an entry's {@code nodes_driven_by} and
 * {@code cost}, the answer's {@code cost} (USD a month, the unit named in the document), and {@code months} after
 * {@code system} when the advice looks ahead ({@code advise --months N}).
 */
final class JsonAdviceFormat implements AdviceFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final AdviceContext context;

    JsonAdviceFormat(AdviceContext context) { this.context = context; }

    @Override public String render(Advice a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("system", a.system());
        context.months().ifPresent(m -> { if (m == Math.rint(m)) root.put("months", (long) m); else root.put("months", m); });
        ArrayNode portfolio = root.putArray("portfolio");
        for (var p : a.portfolio()) {
            ObjectNode n = portfolio.addObject();
            n.put("engine", p.engine()).put("family", p.family()).put("role", p.role().id());
            p.workloads().forEach(n.putArray("workloads")::add);
            n.put("nodes", p.nodes()).put("nodes_driven_by", p.nodesDrivenBy());
            n.putObject("cost").put("usd_per_month", Math.round(p.cost().usdPerMonth())).put("fixed_usd_per_month", Math.round(p.cost().fixed()))
                    .put("node_usd_per_month", Math.round(p.cost().perNode())).put("billed_nodes", Math.round(p.cost().billedNodes() * 100) / 100.0).put("storage_usd_per_month", Math.round(p.cost().storage()));
            n.put("reason", p.reason());
        }
        ArrayNode routes = root.putArray("routes");
        for (var r : a.routes()) {
            ObjectNode n = routes.addObject();
            n.put("workload", r.workload()).put("shape", r.shape().id()).put("engine", r.engine()).put("fit", r.fit().id())
                    .put("via", r.via().orElse(null)).put("p99_estimate_ms", r.p99EstimateMs()).put("p99_budget_ms", r.p99BudgetMs())
                    .put("consistency", r.consistency().id()).put("runner_up", r.runnerUp().orElse(null));
            r.assumes().forEach(n.putArray("assumes")::add);
        }
        ArrayNode unserved = root.putArray("unserved");
        a.unserved().forEach(u -> unserved.addObject().put("workload", u.workload()).put("reason", u.reason()));
        ArrayNode growth = root.putArray("growth");
        for (var g : a.growth()) {
            ObjectNode n = growth.addObject().put("workload", g.workload()).put("engine", g.engine()).put("next_engine", g.nextEngine().orElse(null))
                    .put("trigger", g.trigger());
            if (g.monthsLeft().isPresent()) n.put("months_left", g.monthsLeft().getAsDouble()); else n.putNull("months_left");
        }
        ArrayNode sync = root.putArray("sync");
        a.sync().forEach(e -> sync.addObject().put("from", e.from()).put("to", e.to()).put("method", e.method().id())
                .put("offers", e.offers().id()));
        root.putObject("cost").put("usd_per_month", Math.round(a.cost().usdPerMonth()))
                .put("headroom_usd_per_month", Math.round(a.cost().headroomUsdPerMonth())).put("unit", Advice.COST_UNIT);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
