package dev.polyglot.bench.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyglot.bench.engine.EngineUnavailableException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher starts a real PostgreSQL from the packaged binaries (as {@code nobody} when the build runs as root,
 * as on CI), answers SQL on the port it was given, and leaves nothing behind after close.
 */
@dev.polyglot.bench.LiveEngineTest
class EmbeddedPostgresServerTest {
    @Test
    void startsAnswersSqlAndCloseRemovesTheServerAndItsDirectory() throws Exception {
        int port = LoopbackPort.free();
        Path directory;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(port, note -> {})) {
            directory = server.directory();
            assertThat(server.port()).isEqualTo(port);
            assertThat(directory.resolve("data/PG_VERSION")).exists();
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (k int PRIMARY KEY, v text)");
                st.execute("INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 100) g");
                assertThat(single(st, "SELECT count(*) FROM t")).isEqualTo("100");
                assertThat(single(st, "SHOW fsync")).isEqualTo("off");
                assertThat(single(st, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(single(st, "SELECT current_user")).isEqualTo("postgres");
            }
            assertThat(ownerUid(directory.resolve("data"))).as("as root the cluster belongs to an unprivileged user")
                    .isEqualTo(EffectiveUid.isRoot() ? nobodyUid() : EffectiveUid.current());
        }
        assertThat(directory).as("the data directory is deleted").doesNotExist();
        assertThat(LeftoverChecks.listening(port)).as("the server is stopped").isFalse();
        assertThat(LeftoverChecks.processUses(directory)).as("no postgres process is left for the deleted directory").isFalse();
    }

    @Test
    void aServerThatCannotStartIsReportedWithItsLogAndLeavesNoDirectory() throws Exception {
        List<Path> before = ourDirectories();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(taken.getLocalPort(), note -> {}))
                    .isInstanceOf(EngineUnavailableException.class)
                    .hasMessageContainingAll("--embedded could not start postgres", "postgres exited", "could not create any TCP/IP sockets", "scripts/engines.sh up postgres");
        }
        assertThat(ourDirectories()).as("the failed start's directory is removed").isSubsetOf(before);
    }

    @Test
    void binariesAreUnpackedOnceIntoAVersionedCacheThatNobodyCanRead() throws Exception {
        Path installed = PostgresBinaries.installed();
        assertThat(installed).isEqualTo(PostgresBinaries.cacheDirectory().resolve("postgres-" + PostgresBinaries.version()));
        assertThat(PostgresBinaries.version()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(Files.getPosixFilePermissions(installed.resolve("bin/postgres")))
                .as("executable by others, so nobody can run it").contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
        assertThat(PostgresBinaries.installed()).as("a second call reuses the unpacked copy").isEqualTo(installed);
        try (var siblings = Files.list(installed.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).as("no unpack scratch left behind").noneMatch(n -> n.startsWith(".unpacking-"));
        }
    }

    @Test
    void twoRunsUnpackingAtOnceBothGetTheSameCompleteCopy(@TempDir Path cache) throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Path> unpack = () -> PostgresBinaries.installed(cache);
            List<Future<Path>> runs = two.invokeAll(List.of(unpack, unpack));
            assertThat(runs.get(0).get()).isEqualTo(runs.get(1).get()).exists();
            assertThat(runs.get(0).get().resolve("bin/initdb")).isExecutable();
            try (var entries = Files.list(cache)) {
                assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("postgres-" + PostgresBinaries.version());
            }
        } finally {
            two.shutdownNow();
        }
    }

    private static List<Path> ourDirectories() throws IOException {
        try (var entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("polyglot-postgres-")).toList();
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static int ownerUid(Path p) throws IOException { return (Integer) Files.getAttribute(p, "unix:uid"); }

    private static int nobodyUid() throws IOException {
        try (var lines = Files.lines(Path.of("/etc/passwd"))) {
            return lines.map(l -> l.split(":")).filter(f -> f[0].equals("nobody")).mapToInt(f -> Integer.parseInt(f[2])).findFirst().orElseThrow();
        }
    }
}
