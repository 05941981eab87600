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

/** Who an embedded server runs as: the JVM's own user, or as root an unprivileged account through the tool that exists. */
class ServerUserTest {
    private static final Optional<String[]> NOBODY = Optional.of("nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin".split(":"));

    private static Function<String, Optional<Path>> tools(String... names) {
        Map<String, Path> found = new HashMap<>();
        for (String n : names) found.put(n, Path.of("/usr/bin", n));
        return n -> Optional.ofNullable(found.get(n));
    }

    @Test
    void anOrdinaryUserRunsPostgresAsItself() {
        ServerUser user = ServerUser.forUid(1000, "postgres", "nobody", NOBODY, tools("setpriv"));
        assertThat(user).isInstanceOf(ServerUser.Self.class);
        assertThat(user.command(List.of("initdb"))).containsExactly("initdb");
    }

    @Test
    void rootPrefersSetprivWithNobodysIdsAndNoSupplementaryGroups() {
        ServerUser user = ServerUser.forUid(0, "postgres", "nobody", NOBODY, tools("setpriv", "runuser"));
        assertThat(user.command(List.of("initdb", "-D", "d")))
                .containsExactly("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--", "initdb", "-D", "d");
        assertThat(user).isEqualTo(new ServerUser.Unprivileged(user.command(List.of()), 65534, 65534));
    }

    @Test
    void rootFallsBackToRunuser() {
        assertThat(ServerUser.forUid(0, "postgres", "nobody", NOBODY, tools("runuser")).command(List.of("postgres")))
                .containsExactly("/usr/bin/runuser", "-u", "nobody", "--", "postgres");
    }

    @Test
    void rootWithoutEitherToolIsUnavailableWithTheReasonAndTheStartHint() {
        assertThatThrownBy(() -> ServerUser.forUid(0, "postgres", "nobody", NOBODY, tools()))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContainingAll("cannot start postgres as root", "neither setpriv nor runuser", "scripts/engines.sh up postgres");
        assertThatThrownBy(() -> ServerUser.forUid(0, "postgres", "nobody", Optional.empty(), tools("setpriv")))
                .isInstanceOf(EngineUnavailableException.class).hasMessageContaining("no user 'nobody'");
    }

    @Test
    void anUnprivilegedAccountIsNeverRoot() {
        assertThatThrownBy(() -> new ServerUser.Unprivileged(List.of("setpriv", "--"), 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uid must be above 0");
    }

    @Test
    void rootRunsAnEngineAsItsOwnSystemAccountNamedInTheCommandAndTheMessages() {
        Optional<String[]> account = Optional.of("polyglot-opensearch:x:999:995::/nonexistent:/usr/sbin/nologin".split(":"));
        assertThat(ServerUser.forUid(0, "opensearch", "polyglot-opensearch", account, tools("runuser")).command(List.of("java")))
                .containsExactly("/usr/bin/runuser", "-u", "polyglot-opensearch", "--", "java");
        assertThat(ServerUser.forUid(0, "opensearch", "polyglot-opensearch", account, tools("setpriv")))
                .isEqualTo(new ServerUser.Unprivileged(List.of("/usr/bin/setpriv", "--reuid=999", "--regid=995", "--clear-groups", "--"), 999, 995));
        assertThatThrownBy(() -> ServerUser.forUid(0, "opensearch", "polyglot-opensearch", account, tools()))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContainingAll("cannot start opensearch as root", "as 'polyglot-opensearch'", "scripts/engines.sh up opensearch");
    }
}
