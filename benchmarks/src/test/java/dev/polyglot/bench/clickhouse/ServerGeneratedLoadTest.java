package dev.polyglot.bench.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.LiveEngineTest;
import dev.polyglot.bench.LocalEngines;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.SyntheticData;
import dev.polyglot.workloads.Shape;
import org.junit.jupiter.api.Test;

/**
 * The server generates ClickHouse's data sets; the rows must be those the client-side {@code bindRow} describes, so
 * sums over what was loaded are compared with the same sums computed here from {@link SyntheticData#mix}.
 */
@LiveEngineTest
class ServerGeneratedLoadTest {
    private static final long RECORDS = 25_000;

    @Test
    void aggregateRowsCarryTheClientsValuesAndGroups() {
        DatasetSpec spec = new DatasetSpec(Shape.AGGREGATE, RECORDS, 1_000);
        long groups = RECORDS / 1_000, amount = 0, category = 0;
        for (long i = 0; i < RECORDS; i++) {
            long h = SyntheticData.mix(i);
            amount += (h >>> 8) & 0xffff;
            category += h & 15;
        }
        try (ClickHouseBinding binding = ClickHouseBinding.open(LocalEngines.endpoint(ClickHouseDriver.ENGINE))) {
            try {
                binding.load(spec);
                assertThat(LocalEngines.clickhouse("SELECT count(), sum(amount_cents), sum(category), uniqExact(merchant_id), max(merchant_id) FROM "
                        + ClickHouseBinding.DATABASE + ".facts").trim()).isEqualTo(RECORDS + "\t" + amount + "\t" + category + "\t" + groups + "\t" + (groups - 1));
            } finally {
                binding.cleanup();
            }
        }
    }

    @Test
    void timeSeriesPointsCarryTheClientsValuesTenSecondsApart() {
        DatasetSpec spec = new DatasetSpec(Shape.TIME_SERIES, RECORDS, DatasetSpec.TIME_SERIES_WINDOW_POINTS);
        long groups = RECORDS / 360, value = 0;
        for (long i = 0; i < RECORDS; i++) value += SyntheticData.mix(i) & 0xffff;
        try (ClickHouseBinding binding = ClickHouseBinding.open(LocalEngines.endpoint(ClickHouseDriver.ENGINE))) {
            try {
                binding.load(spec);
                assertThat(LocalEngines.clickhouse("SELECT count(), sum(toUInt64(round(value * 100))), uniqExact(series_id), "
                        + "max(ts) - min(ts) FROM " + ClickHouseBinding.DATABASE + ".points").trim())
                        .isEqualTo(RECORDS + "\t" + value + "\t" + groups + "\t" + ((RECORDS - 1) / groups) * 10);
            } finally {
                binding.cleanup();
            }
        }
    }
}
