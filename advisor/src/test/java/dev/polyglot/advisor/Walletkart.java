package dev.polyglot.advisor;

import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Constraints;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.GrowthRate;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.time.Duration;
import java.util.List;

/** Seed 004's walletkart, workload by workload as Riya wrote it down, and its six- and twelve-month turns. */
public final class Walletkart {
    private Walletkart() {}

    public static final GrowthRate TWENTY_PERCENT = new GrowthRate(1.2, "20%/month");

    public static Workload balance() {
        return Workload.builder("wallet balance lookup", Shape.POINT_LOOKUP).opsPerSec(800).readRatio(0.99).p99Ms(50)
                .workingSet(ByteSize.ofGigabytes(2)).consistency(Consistency.STRONG).build();
    }

    public static Workload history() {
        return Workload.builder("transaction history", Shape.RANGE_SCAN).opsPerSec(200).p99Ms(100).rowsPerQuery(30)
                .consistency(Consistency.READ_YOUR_WRITES).build();
    }

    public static Workload search() {
        return Workload.builder("merchant search", Shape.FULL_TEXT).opsPerSec(60).p99Ms(200).records(200_000).workingSet(ByteSize.ofGigabytes(5))
                .staleness(Duration.ofSeconds(30)).growth(TWENTY_PERCENT).build();
    }

    public static Workload carousel() {
        return Workload.builder("homepage carousel", Shape.POINT_LOOKUP).opsPerSec(800).p99Ms(30)
                .consistency(Consistency.EVENTUAL).durability(Durability.EPHEMERAL).build();
    }

    public static Workload settlement() {
        return Workload.builder("monthly settlement aggregates", Shape.AGGREGATE).opsPerSec(0.01).p99Ms(5000)
                .records(30_000_000).rowsPerQuery(30_000_000).consistency(Consistency.EVENTUAL).build();
    }

    public static WorkloadsFile dayOne() {
        return file(List.of(balance(), history(), search(), carousel(), settlement()));
    }

    /** Six months on: search crosses 500 ops/s. */
    public static WorkloadsFile sixMonths() {
        return file(List.of(balance(), history(), search().toBuilder().opsPerSec(500).build(), carousel(), settlement()));
    }

    /** Twelve months on: settlement scans have grown until they take about a minute on Postgres. */
    public static WorkloadsFile twelveMonths() {
        return file(List.of(balance(), history(), search().toBuilder().opsPerSec(500).build(), carousel(),
                settlement().toBuilder().records(900_000_000).rowsPerQuery(900_000_000).build()));
    }

    public static WorkloadsFile file(List<Workload> workloads) {
        return new WorkloadsFile("walletkart.yml", 1, java.util.Optional.of("walletkart"), Constraints.NONE, workloads);
    }

    /** Constraints that exclude these engines and nothing else. */
    public static Constraints excluding(String... engines) {
        return new Constraints(java.util.OptionalInt.empty(), List.of(),
                java.util.Arrays.stream(engines).map(dev.polyglot.workloads.EngineRef::of).toList(), dev.polyglot.workloads.Deployment.ANY);
    }
}
