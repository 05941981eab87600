package dev.polyglot.workloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2GB|2000000000", "512MB|512000000", "\"512 MiB\"|536870912", "512 MiB|536870912", "50TB|50000000000000",
            "1PB|1000000000000000", "1KB|1000", "1KiB|1024", "1GiB|1073741824", "1TiB|1099511627776",
            "1PiB|1125899906842624", "1.5GB|1500000000", "2gb|2000000000", "4096|4096", "10 B|10", "0|0", "1_000 MB|1000000000"})
    void sizes(String text, long bytes) {
        assertThat(ByteSizes.parse(text.replace("\"", "")).toOptional()).contains(new ByteSize(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 GBs", "-1GB", "GB", "1e30PB", "two GB", ""})
    void refusedSizes(String text) {
        assertThat(ByteSizes.parse(text)).isInstanceOf(Conversion.Refused.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "30M|30000000", "1.5B|1500000000", "200k|200000", "200K|200000", "5000|5000", "1_000_000|1000000",
            "1,000,000|1000000", "2bn|2000000000", "1T|1000000000000", "1e6|1000000", "0|0", "30m|30000000"})
    void counts(String text, long count) {
        assertThat(Counts.parse(text).toOptional()).contains(count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-3", "1,00,000", "12 apples", "1.0000001k", "99999999999T"})
    void refusedCounts(String text) {
        assertThat(Counts.parse(text)).isInstanceOf(Conversion.Refused.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "50ms|PT0.05S", "5s|PT5S", "30s|PT30S", "5m|PT5M", "24h|PT24H", "7d|PT168H", "1 hour|PT1H",
            "90 seconds|PT1M30S", "2 days|PT48H", "1.5s|PT1.5S", "250us|PT0.00025S", "1w|PT168H"})
    void durations(String text, String iso) {
        assertThat(Durations.parse(text).toOptional()).contains(Duration.parse(iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"PT0.05S|50ms", "PT30S|30s", "PT5M|5m", "PT24H|24h", "PT48H|2d", "PT0.00025S|0.25ms"})
    void durationsFormatCompactly(String iso, String text) {
        assertThat(Durations.format(Duration.parse(iso))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"30", "0s", "-5s", "5 parsecs", "s", "1000000d"})
    void refusedDurations(String text) {
        assertThat(Durations.parse(text)).isInstanceOf(Conversion.Refused.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "20%/month|1.2", "25%/month|1.25", "2x/year|1.0594630943592953", "0%/month|1.0",
            "10%/week|1.5135064", "5%/day|4.4151889", "20% per month|1.2", "30%/quarter|1.0913929", "1.5x/month|1.5",
            "-10%/month|0.9", "100%/year|1.0594630943592953", "20 %/mo|1.2", "3x / years|1.0958727"})
    void growthRates(String text, double monthlyFactor) {
        GrowthRate rate = GrowthRates.parse(text).toOptional().orElseThrow();
        assertThat(rate.monthlyFactor()).isCloseTo(monthlyFactor, within(1e-4));
        assertThat(rate.text()).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"20%", "20%/fortnight", "-100%/month", "0x/year", "fast", "20/month"})
    void refusedGrowthRates(String text) {
        assertThat(GrowthRates.parse(text)).isInstanceOf(Conversion.Refused.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"90:10|0.9", "3:1|0.75", "100:0|1.0", "0:100|0.0", "99.5:0.5|0.995", " 50 : 50 |0.5"})
    void readWriteSplits(String text, double readRatio) {
        assertThat(ReadWriteSplits.parse(text).toOptional().orElseThrow()).isCloseTo(readRatio, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0:0", "90", "90:10:5", "-10:110", "a:b"})
    void refusedReadWriteSplits(String text) {
        assertThat(ReadWriteSplits.parse(text)).isInstanceOf(Conversion.Refused.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"800|800", "0.01|0.01", "1_000|1000", "1,000,000|1000000", "1e3|1000", ".5|0.5", "-2|-2"})
    void decimals(String text, double value) {
        assertThat(Decimals.parse(text).orElseThrow().doubleValue()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", "NaN", "0x1F", "1,00", "1__", "1e99999", "one"})
    void refusedDecimals(String text) {
        assertThat(Decimals.parse(text)).isEmpty();
    }
}
