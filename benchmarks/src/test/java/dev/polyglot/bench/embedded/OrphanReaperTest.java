package dev.polyglot.bench.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed before it could stop its PostgreSQL is simulated with real processes: a running embedded server whose
 * owner record is rewritten to name a process that has exited (a real pid of a real, finished process).
 */
@dev.polyglot.bench.LiveEngineTest
class OrphanReaperTest {
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @Test
    void theNextStartStopsAKilledRunsPostgresAndRemovesItsDirectory() throws Exception {
        EmbeddedPostgresServer orphan = EmbeddedPostgresServer.start(LoopbackPort.free(), note -> {});
        try {
            OwnerRecord killed = finishedProcess();
            killed.writeInto(orphan.directory());
            Optional<ProcessHandle> postmaster = OrphanReaper.postmasterOf(orphan.directory().resolve("data"));
            assertThat(postmaster).as("the orphan's postmaster is recognised from its pid file and command line").isPresent();

            List<String> notes = new ArrayList<>();
            try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(LoopbackPort.free(), notes::add)) {
                assertThat(notes).contains("reclaimed an orphaned embedded postgres from a killed run (pid " + killed.pid() + "): " + orphan.directory());
                assertThat(postmaster.get().isAlive()).as("the old postmaster is stopped").isFalse();
                assertThat(LeftoverChecks.listening(orphan.port())).as("its port is closed").isFalse();
                assertThat(orphan.directory()).as("its directory is removed").doesNotExist();
                assertThat(next.directory()).as("the new server runs").exists();
                assertThat(LeftoverChecks.listening(next.port())).isTrue();
            }
        } finally {
            orphan.close();
        }
    }

    @Test
    void aServerWhoseOwnerRunsOrThatHasNoOwnerRecordIsLeftAlone() throws Exception {
        Process owner = new ProcessBuilder("sleep", "60").start();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(LoopbackPort.free(), note -> {})) {
            OwnerRecord.of(owner.toHandle()).writeInto(server.directory());
            List<String> notes = new ArrayList<>();
            reclaim(TEMP, notes);
            assertThat(server.directory()).as("an owner that runs keeps its server").exists();
            assertThat(LeftoverChecks.listening(server.port())).isTrue();

            Files.delete(server.directory().resolve(OwnerRecord.FILE_NAME));
            reclaim(TEMP, notes);
            assertThat(server.directory()).as("a look-alike without an owner record is never touched").exists();
            assertThat(LeftoverChecks.listening(server.port())).isTrue();
            assertThat(notes).noneMatch(n -> n.contains(server.directory().toString()));
        } finally {
            owner.destroyForcibly().waitFor();
        }
    }

    @Test
    void onlyPrefixedDirectoriesWithADeadOwnerAreRemoved(@TempDir Path temp) throws Exception {
        OwnerRecord killed = finishedProcess();
        Path orphan = Files.createDirectories(temp.resolve(OrphanReaper.DIRECTORY_PREFIX + "orphan/data"));
        Files.writeString(orphan.resolve("postmaster.pid"), killed.pid() + "\n" + orphan + "\n");
        killed.writeInto(orphan.getParent());
        Path otherName = Files.createDirectories(temp.resolve("not-polyglot-postgres-1"));
        killed.writeInto(otherName);
        Path noRecord = Files.createDirectories(temp.resolve(OrphanReaper.DIRECTORY_PREFIX + "no-record"));

        List<String> notes = new ArrayList<>();
        reclaim(temp, notes);

        assertThat(orphan.getParent()).as("a dead owner's directory whose postgres is gone is removed").doesNotExist();
        assertThat(otherName).as("a name without our prefix is never touched").exists();
        assertThat(noRecord).exists();
        assertThat(notes).containsExactly("reclaimed an orphaned embedded postgres from a killed run (pid " + killed.pid() + "): " + orphan.getParent());
    }

    @Test
    void aRecycledPidIsNotTheOwner() {
        OwnerRecord me = OwnerRecord.ofThisProcess();
        assertThat(me.isAlive()).isTrue();
        assertThat(new OwnerRecord(me.pid(), me.started().minusSeconds(1)).isAlive()).as("same pid, another start").isFalse();
    }

    @Test
    void anOwnerKilledButNotYetReapedByItsParentIsGone() throws Exception {
        // sh execs into a sleep that never waits for its background child: killing the child leaves a zombie
        Process parent = new ProcessBuilder("sh", "-c", "sleep 60 & exec sleep 61").start();
        try {
            ProcessHandle child = awaitSleepingChild(parent);
            OwnerRecord owner = OwnerRecord.of(child);
            assertThat(owner.isAlive()).isTrue();
            child.destroyForcibly();
            await(() -> OwnerRecord.isZombie(child.pid()));
            assertThat(child.isAlive()).as("Java still counts a zombie alive").isTrue();
            assertThat(owner.isAlive()).as("a zombie owner runs no more").isFalse();
        } finally {
            parent.destroyForcibly().waitFor();
        }
    }

    /** The background sleep, once sh has exec'd into the sleep that will not reap it. */
    private static ProcessHandle awaitSleepingChild(Process parent) throws InterruptedException {
        await(() -> isSleep(parent.toHandle()) && parent.children().anyMatch(OrphanReaperTest::isSleep));
        return parent.children().filter(OrphanReaperTest::isSleep).findFirst().orElseThrow();
    }

    private static boolean isSleep(ProcessHandle p) { return p.info().command().map(c -> c.endsWith("/sleep")).orElse(false); }

    /** Waits for {@code condition}, failing after 10 s rather than hanging the build. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void aMalformedOwnerRecordIsNoRecord(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(OwnerRecord.FILE_NAME), "12x\n2026-01-01T00:00:00Z\n");
        assertThat(OwnerRecord.readFrom(dir)).isEmpty();
        OwnerRecord.ofThisProcess().writeInto(dir);
        assertThat(OwnerRecord.readFrom(dir)).contains(OwnerRecord.ofThisProcess());
    }

    private static void reclaim(Path temp, List<String> notes) throws IOException {
        OrphanReaper.reclaim(temp, ServerUser.forPostgres(), PostgresBinaries.installed().resolve("bin"), notes::add);
    }

    /** The owner record of a real process that has since exited, as a SIGKILLed JVM's would be. */
    private static OwnerRecord finishedProcess() throws Exception {
        Process p = new ProcessBuilder("sleep", "60").start();
        OwnerRecord record = OwnerRecord.of(p.toHandle());
        p.destroyForcibly().waitFor();
        return record;
    }
}
