package dev.polyglot.bench.calibrate;

import dev.polyglot.bench.postgres.PostgresDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.catalog.CatalogOutcome;
import dev.polyglot.advisor.catalog.CatalogReader;
import dev.polyglot.workloads.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibratedCatalogTest {
    @Test
    void theFileLoadsOverTheBuiltInCatalogWithTheMeasuredFiguresAndTheirSources(@TempDir Path dir) throws Exception {
        var figures = List.of(new MeasuredFigure(Shape.RANGE_SCAN, "service_ms", 0.8, 0.8, 0.05, "intercept"),
                new MeasuredFigure(Shape.RANGE_SCAN, "ops_per_node", 40_000, 5_000, 0.1, "closed loop"));
        String yaml = CalibratedCatalog.yaml(List.of(new Calibrator.EngineCalibration(PostgresDriver.ENGINE, "PostgreSQL 15.18", figures)),
                Catalog.builtIn(), new HostInfo(2, 24), LocalDate.of(2026, 11, 27));
        Path file = dir.resolve("c.yml");
        Files.writeString(file, yaml);

        CatalogOutcome outcome = CatalogReader.withOverrides(file);
        assertThat(outcome).as(outcome.toString()).isInstanceOf(CatalogOutcome.Loaded.class);
        var range = ((CatalogOutcome.Loaded) outcome).catalog().require("postgres").capability(Shape.RANGE_SCAN).orElseThrow();
        assertThat(range.serviceMs().value()).isEqualTo(0.8);
        assertThat(range.serviceMs().source()).contains("measured 2026-11-27", "2 cores, 24 GB", "PostgreSQL 15.18", "spread 5%");
        assertThat(range.opsPerNode().orElseThrow().source()).contains("raw 5000");
        // Figures not measured keep the built-in value; so do the other shapes.
        assertThat(range.scanRowsPerS()).isEqualTo(Catalog.builtIn().require("postgres").capability(Shape.RANGE_SCAN).orElseThrow().scanRowsPerS());
        assertThat(range.canonical()).isTrue();
    }

    @Test
    void perNodeFiguresScaleByTheCatalogNodesCoresOverTheCoresUsableHere() {
        assertThat(Calibrator.nodeFactor(16, 2)).isEqualTo(8);
        assertThat(Calibrator.nodeFactor(1, 2)).as("single-threaded Redis keeps its raw rate").isEqualTo(1);
        assertThat(Calibrator.nodeFactor(8, 32)).isEqualTo(1);
    }

    @Test
    void aLineThroughTheSizesGivesTheScanRate() {
        Calibrator.Line line = Calibrator.Line.fit(new double[] {20_000, 200_000}, new double[] {12, 48});
        assertThat(line.slope()).isEqualTo(36.0 / 180_000);
        assertThat(line.intercept()).isCloseTo(8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Calibrator.Repeated.of(new double[] {3, 1, 2}).value()).isEqualTo(2);
        assertThat(Calibrator.Repeated.of(new double[] {3, 1, 2}).spread()).isEqualTo(1);
    }

    @Test
    void aColumnStoresAggregateIsMeasuredOnTenTimesTheRowsSoItsScanShowsBehindTheRoundTrip() {
        var catalog = dev.polyglot.advisor.catalog.Catalog.builtIn();
        var aggregate = dev.polyglot.workloads.Shape.AGGREGATE;
        CalibrationPlan quick = CalibrationPlan.quick();
        assertThat(Calibrator.aggregateSizes(catalog.require("clickhouse").capability(aggregate).orElseThrow(), quick))
                .containsExactly(1_000_000L, 10_000_000L);
        assertThat(Calibrator.aggregateSizes(catalog.require("postgres").capability(aggregate).orElseThrow(), quick))
                .isEqualTo(quick.aggregateRows());
    }

    @Test
    void runsAgreeWithinAShareOfTheLowestAndAMedianOfThreeLeavesAStalledRunOut() {
        assertThat(Calibrator.Repeated.agree(new double[] {1.0, 1.25}, Calibrator.P99S_AGREE)).isTrue();
        assertThat(Calibrator.Repeated.agree(new double[] {1.4, 1.0}, Calibrator.P99S_AGREE)).isFalse();
        assertThat(Calibrator.Repeated.agree(new double[] {0, 0}, Calibrator.P99S_AGREE)).isTrue();
        // Two runs at 1.0 and 1.1 ms and one that held a 5 ms stall: the figure is 1.1 ms, the spread shows the stall.
        Calibrator.Repeated r = Calibrator.Repeated.of(new double[] {1.0, 5.0, 1.1});
        assertThat(r.value()).isEqualTo(1.1);
        assertThat(r.spread()).isCloseTo(4.0 / 1.1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aPooledP99KeepsItsValueAndSpreadsTheRunsOverIt() {
        // Two runs whose own p99s were 1 and 10 ms; over their operations together the p99 is 2 ms.
        Calibrator.Repeated r = Calibrator.Repeated.pooled(2, new double[] {1, 10});
        assertThat(r.value()).isEqualTo(2);
        assertThat(r.spread()).as("(10 - 1) / 2").isEqualTo(4.5);
        assertThat(Calibrator.Repeated.pooled(0, new double[] {0, 0}).spread()).isZero();
    }

    @Test
    void aLineThroughZeroRowsBelowZeroLeavesTheServiceTimeToTheCatalog() {
        // PostgreSQL's aggregate at 100k and 1M rows: 60 and 230 ms, so the line meets zero rows at about 41 ms.
        double[] rows = {100_000, 1_000_000}, rising = {60, 230}, steep = {10, 230}, flat = {5, 4};
        assertThat(Calibrator.fixedPart(Calibrator.Line.fit(rows, rising), rising)).hasValueSatisfying(v -> assertThat(v).isCloseTo(41.1, within(0.1)));
        assertThat(Calibrator.fixedPart(Calibrator.Line.fit(rows, steep), steep)).as("the line crosses zero rows below 0 ms").isEmpty();
        assertThat(Calibrator.fixedPart(Calibrator.Line.fit(rows, flat), flat)).as("rows cost nothing measurable: the median").hasValue(4.5);
    }

    @Test
    void figuresKeepThreeSignificantDigitsAndPrintWithoutBinaryNoise() {
        assertThat(CalibratedCatalog.number(Calibrator.round(31_412_345.6))).isEqualTo("31400000");
        assertThat(CalibratedCatalog.number(Calibrator.round(0.0123456))).isEqualTo("0.0123");
        assertThat(CalibratedCatalog.number(Calibrator.round(95.349))).isEqualTo("95.3");
    }
}
