package dev.polyglot.bench.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyglot.bench.engine.EmbeddedServer;
import dev.polyglot.bench.engine.EngineUnavailableException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** What every child server given a start bound it cannot meet must do, for each engine's test. */
public final class StartTimeoutChecks {
    private StartTimeoutChecks() {}

    /**
     * Starts a real child through {@code start} with a one-second bound and asserts that the start fails as the
     * engine-unavailable error bench turns into exit 3, naming the address, the bound and the way out, and that neither
     * the child nor its home ({@code polyglot-ENGINE-*}) is left.
     */
    public static void aBoundTooShortLeavesNothing(String engine, Function<StartTimeout, EmbeddedServer> start) throws Exception {
        Set<Path> before = LeftoverChecks.homes(engine);

        assertThatThrownBy(() -> start.apply(StartTimeout.ofSeconds(1)).close())
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageMatching("--embedded " + engine + " did not answer on 127\\.0\\.0\\.1:\\d+ within 1 s .*"
                        + Pattern.quote("scripts/engines.sh up " + engine) + ".*");

        assertThat(LeftoverChecks.homes(engine)).as("the child's home is removed").isSubsetOf(before);
        assertThat(LeftoverChecks.processUsesAHomeOtherThan(engine, before)).as("the child is stopped").isFalse();
    }
}
