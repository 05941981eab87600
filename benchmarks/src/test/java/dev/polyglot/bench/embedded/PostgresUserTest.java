package dev.polyglot.bench.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyglot.bench.engine.EngineUnavailableException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Who the embedded PostgreSQL runs as: the JVM's own user, or as root {@code nobody} through the tool that exists. */
class PostgresUserTest {
    private static final Optional<String[]> NOBODY = Optional.of("nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin".split(":"));

    private static Function<String, Optional<Path>> tools(String... names) {
        Map<String, Path> found = new HashMap<>();
        for (String n : names) found.put(n, Path.of("/usr/bin", n));
        return n -> Optional.ofNullable(found.get(n));
    }

    @Test
    void anOrdinaryUserRunsPostgresAsItself() {
        PostgresUser user = PostgresUser.forUid(1000, NOBODY, tools("setpriv"));
        assertThat(user).isInstanceOf(PostgresUser.Self.class);
        assertThat(user.command(List.of("initdb"))).containsExactly("initdb");
    }

    @Test
    void rootPrefersSetprivWithNobodysIdsAndNoSupplementaryGroups() {
        PostgresUser user = PostgresUser.forUid(0, NOBODY, tools("setpriv", "runuser"));
        assertThat(user.command(List.of("initdb", "-D", "d")))
                .containsExactly("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", "initdb", "-D", "d");
        assertThat(user).isEqualTo(new PostgresUser.Unprivileged(user.command(List.of()), 65534, 65534));
    }

    @Test
    void rootFallsBackToRunuser() {
        assertThat(PostgresUser.forUid(0, NOBODY, tools("runuser")).command(List.of("postgres")))
                .containsExactly("/usr/bin/runuser", "-u", "nobody", "--", "postgres");
    }

    @Test
    void rootWithoutEitherToolIsUnavailableWithTheReasonAndTheStartHint() {
        assertThatThrownBy(() -> PostgresUser.forUid(0, NOBODY, tools()))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContainingAll("cannot start postgres as root", "neither setpriv nor runuser", "scripts/engines.sh up postgres");
        assertThatThrownBy(() -> PostgresUser.forUid(0, Optional.empty(), tools("setpriv")))
                .isInstanceOf(EngineUnavailableException.class).hasMessageContaining("no user 'nobody'");
    }

    @Test
    void anUnprivilegedAccountIsNeverRoot() {
        assertThatThrownBy(() -> new PostgresUser.Unprivileged(List.of("setpriv", "--"), 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uid must be above 0");
    }
}
