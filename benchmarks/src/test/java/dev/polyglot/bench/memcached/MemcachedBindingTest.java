package dev.polyglot.bench.memcached;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyglot.bench.BenchRequest;
import dev.polyglot.bench.Engines;
import dev.polyglot.bench.LiveEngineTest;
import dev.polyglot.bench.ShortRuns;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.workloads.Shape;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.rubyeye.xmemcached.MemcachedClient;
import org.junit.jupiter.api.Test;

/** Memcached from {@code scripts/engines.sh up memcached}: point lookups, the claim, the user's keys, an unreachable server. */
@LiveEngineTest
class MemcachedBindingTest {
    static Endpoint local() { return Engines.endpoint(MemcachedDriver.ENGINE, Optional.empty(), System.getenv()); }

    @Test
    void pointLookupsReadAndWriteWithoutErrorsAndLeaveTheUsersKeysByteIdentical() throws Exception {
        MemcachedClient side = MemcachedBinding.connect(local());
        try {
            for (int i = 0; i < 100; i++) side.set("unrelated:kv:" + i, 0, "value " + i);
            side.set("polyglot:benchmark-like-but-not-ours", 0, "keep me");

            BenchResult result = ShortRuns.run(new BenchRequest(MemcachedDriver.ENGINE, local(), "point-lookup", new DatasetSpec(Shape.POINT_LOOKUP, 2_000, 20),
                    ShortRuns.plan(OptionalDouble.of(60), Duration.ofMillis(1500), 2, 0.5), OptionalDouble.empty(), false), new RunControl());

            assertThat(result.run().errorsByKind()).isEmpty();
            assertThat(result.run().responseByKind()).containsKeys("read", "write");
            assertThat(result.load().records()).isEqualTo(2_000);
            for (int i = 0; i < 100; i++) assertThat(side.<Object>get("unrelated:kv:" + i)).isEqualTo("value " + i);
            assertThat(side.<Object>get("polyglot:benchmark-like-but-not-ours")).isEqualTo("keep me");
            for (long k = 0; k < 2_000; k += 97) assertThat(side.<Object>get(MemcachedBinding.key(k))).as("key %d left behind", k).isNull();
            assertThat(side.<Object>get(MemcachedBinding.MANIFEST)).isNull();
        } finally {
            for (int i = 0; i < 100; i++) side.delete("unrelated:kv:" + i);
            side.delete("polyglot:benchmark-like-but-not-ours");
            MemcachedBinding.shutdownQuietly(side);
        }
    }

    @Test
    void loadingMoreRecordsThanTheClientsNoReplyPermitsCompletesAndCleansUp() {
        // Xmemcached allows 40,000 no-reply operations in flight; a load that never waited ran out of them.
        DatasetSpec spec = new DatasetSpec(Shape.POINT_LOOKUP, 60_000, 1);
        try (MemcachedBinding binding = MemcachedBinding.open(local())) {
            try {
                assertThat(binding.load(spec).records()).isEqualTo(60_000);
                assertThat(binding.load(spec).reused()).as("the manifest was written after every record").isTrue();
            } finally {
                binding.cleanup();
            }
        }
    }

    @Test
    void aSecondClaimIsRefusedNamingTheHolderAndAReleasedOneCanBeRetaken() {
        Claimant holder = Claimant.current();
        NamespaceClaim first = Engines.driver(MemcachedDriver.ENGINE).claim(local(), holder);
        try {
            assertThatThrownBy(() -> Engines.driver(MemcachedDriver.ENGINE).claim(local(), Claimant.current()))
                    .isInstanceOf(NamespaceBusyException.class).hasMessageContaining("another polyglot bench is running against memcached at 127.0.0.1:11211")
                    .hasMessageContaining(holder.describe());
        } finally {
            first.close();
        }
        Engines.driver(MemcachedDriver.ENGINE).claim(local(), Claimant.current()).close();
    }

    @Test
    void anUnreachableServerSaysHowToStartOne() {
        Endpoint nowhere = Engines.endpoint(MemcachedDriver.ENGINE, Optional.of("memcached://127.0.0.1:1"), Map.of());
        assertThatThrownBy(() -> MemcachedBinding.open(nowhere)).isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("cannot reach memcached at 127.0.0.1:1").hasMessageContaining("scripts/engines.sh up memcached");
    }
}
