package dev.polyglot.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.redis.RedisDriver;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsReader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The draft is a valid version-1 file: unique names, numbers in range, tiny rates floored and said so. */
class DraftYamlTest {
    private static DraftWorkload workload(String name, Shape shape, Rate rate, Durability durability) {
        return new DraftWorkload(name, shape, rate, 0.75, OptionalLong.of(1234), Optional.of(new ByteSize(5_500_000)), OptionalLong.empty(),
                Consistency.EVENTUAL, durability, List.of("from a statistic"));
    }

    static Workload only(String yaml, String name) {
        ParseOutcome outcome = WorkloadsReader.read("draft.yml", yaml);
        assertThat(outcome).as(yaml).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).file().workloads().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void repeatedAndAwkwardNamesParseAsUniqueWorkloads() {
        String yaml = DraftYaml.render(new Draft("shop: \"main\"", RedisDriver.ENGINE, List.of(
                workload("a \"quoted\" name: # not a comment", Shape.POINT_LOOKUP, Rate.of(50, 2), Durability.EPHEMERAL),
                workload("a \"quoted\" name: # not a comment", Shape.AGGREGATE, Rate.of(0, 1), Durability.DURABLE)), List.of("a note")));

        Workload first = only(yaml, "a \"quoted\" name: # not a comment");
        assertThat(first.opsPerSec()).isEqualTo(25);
        assertThat(first.readRatio()).isEqualTo(0.75);
        assertThat(first.records()).hasValue(1234);
        assertThat(first.workingSet()).contains(new ByteSize(5_500_000));
        assertThat(first.durability()).isEqualTo(Durability.EPHEMERAL);
        assertThat(first.consistency()).isEqualTo(Consistency.EVENTUAL);
        assertThat(first.p99Ms()).isEqualTo(Budgets.defaultP99Ms(Shape.POINT_LOOKUP));
        Workload second = only(yaml, "a \"quoted\" name: # not a comment (2)");
        assertThat(second.opsPerSec()).isEqualTo(Rate.FLOOR);
        assertThat(second.p99Ms()).isEqualTo(10_000);
        assertThat(yaml).contains("floored at 0.01", "# TODO: set your budget", "# from a statistic", "# a note", "prefer: [redis]");
    }

    @Test
    void aRateBelowTheFloorIsRaisedToIt() {
        Rate r = Rate.of(1, 3600);
        assertThat(r.perSecond()).isEqualTo(Rate.FLOOR);
        assertThat(r.floored()).isTrue();
        assertThat(Rate.of(3, 2).floored()).isFalse();
    }

    @Test
    void sizesAreWrittenAsPeopleWriteThemAndParseBackClose() {
        assertThat(SizeText.of(158_171_136)).isEqualTo("158MB");
        assertThat(SizeText.of(23_650_304)).isEqualTo("24MB");
        assertThat(SizeText.of(1_234_567_890)).isEqualTo("1.2GB");
        assertThat(SizeText.of(2_000_000_000)).isEqualTo("2GB");
        assertThat(SizeText.of(999_960)).isEqualTo("1MB");
        assertThat(SizeText.of(512)).isEqualTo("512B");
        assertThat(SizeText.of(0)).isEqualTo("0B");
    }

    @Test
    void anObservedLatencySuggestsTwiceItsP99RoundedUpAndIsShown() {
        assertThat(Budgets.suggestedP99Ms(new ObservedLatency(0.04, false, "x"))).isEqualTo(1);
        assertThat(Budgets.suggestedP99Ms(new ObservedLatency(0.6, true, "x"))).isEqualTo(2);
        assertThat(Budgets.suggestedP99Ms(new ObservedLatency(18.7, true, "x"))).isEqualTo(50);
        assertThat(Budgets.suggestedP99Ms(new ObservedLatency(40, false, "x"))).isEqualTo(100);
        DraftWorkload w = new DraftWorkload("w", Shape.POINT_LOOKUP, Rate.of(10, 1), 1, OptionalLong.empty(), Optional.of(new ByteSize(16_000_000)),
                OptionalLong.empty(), Consistency.STRONG, Durability.DURABLE, List.of(), Optional.of(new ByteSize(160_000_000)),
                Optional.of(ObservedLatency.fromMeanAndStddev(1, 2, 500, "somewhere")));
        String yaml = DraftYaml.render(new Draft("s", PostgresDriver.ENGINE, List.of(w), List.of()));
        assertThat(only(yaml, "w").p99Ms()).isEqualTo(20);
        assertThat(yaml).contains("# observed: somewhere: mean 1 ms, stddev 2 ms over 500 calls; p99 ~ 5.66 ms (an estimate",
                "working_set: 16MB   # total size 160MB");
    }
}
