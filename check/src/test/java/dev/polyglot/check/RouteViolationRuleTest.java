package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
