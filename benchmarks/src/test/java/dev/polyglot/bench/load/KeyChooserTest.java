package dev.polyglot.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class KeyChooserTest {
    static final int DRAWS = 100_000;
    static final long RECORDS = 10_000;

    private static long[] counts(KeyChooser chooser) {
        SplittableRandom random = new SplittableRandom(1);
        long[] counts = new long[(int) RECORDS];
        for (int i = 0; i < DRAWS; i++) counts[(int) chooser.next(random)]++;
        return counts;
    }

    @ParameterizedTest
    @EnumSource(KeyDistribution.class)
    void staysInsideTheKeySpaceAndRepeatsForASeed(KeyDistribution d) {
        KeyChooser chooser = d.chooser(RECORDS);
        SplittableRandom a = new SplittableRandom(42), b = new SplittableRandom(42);
        for (int i = 0; i < DRAWS; i++) {
            long key = chooser.next(a);
            assertThat(key).isBetween(0L, RECORDS - 1);
            assertThat(chooser.next(b)).isEqualTo(key);
        }
    }

    @Test
    void zipfianConcentratesOnFewKeysAndScattersThem() {
        long[] counts = counts(KeyDistribution.ZIPFIAN.chooser(RECORDS));
        long[] sorted = LongStream.of(counts).sorted().toArray();
        long top10 = LongStream.of(sorted).skip(RECORDS - 10).sum();
        assertThat(top10).as("the 10 hottest of 10,000 keys").isGreaterThan(DRAWS / 10);
        // Scrambled: the hottest key is not simply key 0.
        int hottest = 0;
        for (int i = 1; i < counts.length; i++) if (counts[i] > counts[hottest]) hottest = i;
        assertThat(hottest).isNotZero();
    }

    @Test
    void uniformSpreadsEvenly() {
        long max = LongStream.of(counts(KeyDistribution.UNIFORM.chooser(RECORDS))).max().orElseThrow();
        assertThat(max).isLessThan(40);  // expected 10 per key
    }

    @Test
    void latestFavoursTheHighestKeys() {
        long[] counts = counts(KeyDistribution.LATEST.chooser(RECORDS));
        assertThat(counts[(int) RECORDS - 1]).isGreaterThan(counts[0] * 100 + 1000);
    }

    @Test
    void hotspotSendsEightyPercentToTheHotFifth() {
        long[] counts = counts(KeyDistribution.HOTSPOT.chooser(RECORDS));
        long hot = LongStream.of(counts).limit(RECORDS / 5).sum();
        assertThat(hot).isBetween(78_000L, 82_000L);
    }
}
