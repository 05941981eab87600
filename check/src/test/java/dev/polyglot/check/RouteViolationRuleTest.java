package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Advisor;
import dev.polyglot.advisor.Assessment;
import dev.polyglot.advisor.Verdict;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteViolationRuleTest {
    @TempDir Path root;

    @Test void aRouteToAnEngineThatCannotServeTheWorkloadIsAnErrorOnTheRouteLine() {
        var findings = new RuleFixture(root).accepted("0003-p.md", "[postgres, redis]", "routes:", "  wallet balance lookup: postgres",
                "  session tokens: postgres").check(new RouteViolationRule());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(8);
            assertThat(f.key()).isEqualTo("session tokens -> postgres");
            assertThat(f.message()).isEqualTo("route 'session tokens' goes to postgres, which cannot serve it: p99 budget 1 ms, "
                    + "best postgres estimate 4 ms; route it to redis");
        });
    }

    @Test void aRouteToAnEngineOutsideThePortfolioIsAnError() {
        var findings = new RuleFixture(root).accepted("0003-p.md", "[postgres, redis]", "routes:", "  merchant search: elasticsearch")
                .check(new RouteViolationRule());
        assertThat(findings).extracting(Finding::message).containsExactly("route 'merchant search' goes to elasticsearch, which is not in "
                + "the declared portfolio [postgres, redis]; add elasticsearch to the portfolio or route it to postgres");
    }

    @Test void servableRoutesInsideThePortfolioPassAndAliasesCount() {
        assertThat(new RuleFixture(root).accepted("0003-p.md", "[postgres, valkey]", "routes:", "  session tokens: Redis",
                "  merchant search: postgres").check(new RouteViolationRule())).isEmpty();
    }

    @Test void whenAdviseRoutesItToTheSameEngineTheMessageAsksOnlyToAddIt() {
        var findings = new RuleFixture(root).accepted("0003-p.md", "[redis]", "routes:", "  wallet balance lookup: postgres")
                .check(new RouteViolationRule());
        assertThat(findings).extracting(Finding::message).containsExactly("route 'wallet balance lookup' goes to postgres, which is not in "
                + "the declared portfolio [redis]; add postgres to the portfolio (advise routes it to postgres too)");
    }

    /** The table, except that redis alone "cannot serve" session tokens (as a cache needs a durable home beside it). */
    private static Advisor redisNeedsACompanion(boolean portfolioServesIt) {
        TableAdvisor table = TableAdvisor.walletkart();
        return new Advisor() {
            @Override public Advice advise(WorkloadsFile file) { return table.advise(file); }
            @Override public Verdict evaluate(WorkloadsFile file, Workload workload, String engine) {
                return workload.name().equals("session tokens") && engine.equals("redis")
                        ? new Verdict.CannotServe(workload.name(), engine, "durable data needs a durable home") : table.evaluate(file, workload, engine);
            }
            @Override public Assessment assess(WorkloadsFile file, Set<String> engines) {
                Assessment assessed = table.assess(file, engines);
                return portfolioServesIt ? assessed : new Assessment(assessed.routes().stream().filter(r -> !r.workload().equals("session tokens")).toList(),
                        assessed.unserved());
            }
            @Override public Optional<String> canonicalEngineId(String text) { return table.canonicalEngineId(text); }
            @Override public Set<String> engineIds() { return table.engineIds(); }
        };
    }

    @Test void aRouteTheDeclaredPortfolioServesIsNotAViolationEvenIfTheEngineAloneCannot() {
        assertThat(new RuleFixture(root).advisor(redisNeedsACompanion(true)).accepted("0003-p.md", "[postgres, redis]", "routes:",
                "  session tokens: redis").check(new RouteViolationRule())).isEmpty();
    }

    @Test void whenAdviseRoutesItToTheSameEngineTheMessageNamesWhatThePortfolioLacksNotTheRoute() {
        var findings = new RuleFixture(root).advisor(redisNeedsACompanion(false)).accepted("0003-p.md", "[redis]", "routes:",
                "  session tokens: redis").check(new RouteViolationRule());
        assertThat(findings).extracting(Finding::message).containsExactly("route 'session tokens' goes to redis, which cannot serve it: "
                + "durable data needs a durable home; advise routes it to redis too, with postgres beside it; keep the route and add postgres to the portfolio");
    }
}
