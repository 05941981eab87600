package dev.polyglot.check;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Advisor;
import dev.polyglot.advisor.Assessment;
import dev.polyglot.advisor.Fit;
import dev.polyglot.advisor.Role;
import dev.polyglot.advisor.Verdict;
import dev.polyglot.workloads.StandardEngineIds;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * An advisor whose answers are a table (workload name to the engines that serve it, best first), so each rule's
 * unit test states exactly which verdicts it relies on. The real advisor is exercised by the end-to-end tests.
 */
public final class TableAdvisor implements Advisor {
    private final Map<String, List<String>> serves;
    private final List<String> portfolio;
    private final Optional<String> headroom;
    private final List<Advice.GrowthWarning> growth;

    /**
     * @param serves    workload name to the engines that can serve it, best first
     * @param portfolio what advise proposes (source of truth first)
     * @param headroom  the headroom engine advise adds, if any
     */
    TableAdvisor(Map<String, List<String>> serves, List<String> portfolio, Optional<String> headroom, List<Advice.GrowthWarning> growth) {
        this.serves = serves;
        this.portfolio = portfolio;
        this.headroom = headroom;
        this.growth = growth;
    }

    /** walletkart as the seed tells it, plus a 1 ms session-token cache only a key-value engine meets. */
    public static TableAdvisor walletkart() {
        return new TableAdvisor(Map.of(
                "wallet balance lookup", List.of("postgres", "mysql", "cockroachdb"),
                "transaction history", List.of("postgres", "mysql"),
                "merchant search", List.of("elasticsearch", "postgres"),
                "session tokens", List.of("redis", "memcached"),
                "monthly settlement aggregates", List.of("clickhouse", "postgres")),
                List.of("postgres", "redis"), Optional.of("elasticsearch"),
                List.of(new Advice.GrowthWarning("monthly settlement aggregates", "postgres", Optional.of("clickhouse"), "30M rows", OptionalDouble.of(12))));
    }

    @Override public Advice advise(WorkloadsFile file) {
        List<Advice.PortfolioEntry> entries = new ArrayList<>();
        for (String engine : portfolio) {
            entries.add(new Advice.PortfolioEntry(engine, family(engine), entries.isEmpty() ? Role.SOURCE_OF_TRUTH : Role.DERIVED, List.of(), 1, "table"));
        }
        headroom.ifPresent(h -> entries.add(new Advice.PortfolioEntry(h, family(h), Role.HEADROOM, List.of(), 1, "table")));
        Assessment today = assess(file, Set.copyOf(portfolio));
        return new Advice(file.systemName(), entries, today.routes(), today.unserved(), growth, List.of());
    }

    @Override public Verdict evaluate(WorkloadsFile file, Workload workload, String engine) {
        if (serves.getOrDefault(workload.name(), List.of()).contains(engine)) return new Verdict.Serves(route(workload, engine));
        return new Verdict.CannotServe(workload.name(), engine, reason(workload, engine));
    }

    @Override public Assessment assess(WorkloadsFile file, Set<String> engines) {
        List<Advice.Route> routes = new ArrayList<>();
        List<Advice.Unserved> unserved = new ArrayList<>();
        for (Workload w : file.workloads()) {
            Optional<String> best = serves.getOrDefault(w.name(), List.of()).stream().filter(engines::contains).findFirst();
            if (best.isPresent()) routes.add(route(w, best.get()));
            else unserved.add(new Advice.Unserved(w.name(), reason(w, engines.stream().sorted().findFirst().orElse("nothing"))));
        }
        return new Assessment(routes, unserved);
    }

    private static String reason(Workload w, String engine) {
        return "p99 budget " + fmt(w.p99Ms()) + " ms, best " + engine + " estimate " + fmt(w.p99Ms() * 4) + " ms";
    }

    private static String fmt(double ms) { return ms == Math.rint(ms) ? String.valueOf((long) ms) : String.valueOf(ms); }

    private static Advice.Route route(Workload w, String engine) {
        return new Advice.Route(w.name(), w.shape(), engine, Fit.NATIVE, Optional.empty(), w.p99Ms() / 2, w.p99Ms(), w.consistency(), Optional.empty());
    }

    private static String family(String engine) { return StandardEngineIds.FAMILIES.get(engine); }

    @Override public Optional<String> canonicalEngineId(String text) { return StandardEngineIds.canonical(text); }

    @Override public Set<String> engineIds() { return StandardEngineIds.ids(); }
}
