package dev.polyglot.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Constraints;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.EngineRef;
import dev.polyglot.workloads.GrowthRate;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The solver's monotonicity and determinism, over random systems of up to six workloads. */
class PortfolioPropertiesTest {
    private final CatalogAdvisor advisor = CatalogAdvisor.builtIn();

    @Property(tries = 60)
    void raisingABudgetNeverGrowsThePortfolio(@ForAll("systems") WorkloadsFile file, @ForAll @IntRange(min = 0, max = 5) int which,
                                              @ForAll @IntRange(min = 2, max = 100) int factor) {
        Advice before = advisor.advise(file);
        Assume.that(before.allServed());
        int i = which % file.workloads().size();
        List<Workload> raised = new ArrayList<>(file.workloads());
        raised.set(i, raised.get(i).toBuilder().p99Ms(raised.get(i).p99Ms() * factor).build());
        assertThat(needed(advisor.advise(file.withWorkloads(raised)))).hasSizeLessThanOrEqualTo(needed(before).size());
    }

    @Property(tries = 60)
    void addingAWorkloadNeverShrinksThePortfolio(@ForAll("systems") WorkloadsFile file, @ForAll("workloads") Workload extra) {
        Advice before = advisor.advise(file);
        List<Workload> more = new ArrayList<>(file.workloads());
        more.add(extra.toBuilder().name("extra " + extra.name()).build());
        Advice after = advisor.advise(file.withWorkloads(more));
        assertThat(needed(after).size() + after.unserved().size())
                .isGreaterThanOrEqualTo(needed(before).size() + before.unserved().size());
        if (before.allServed() && after.allServed()) assertThat(needed(after)).hasSizeGreaterThanOrEqualTo(needed(before).size());
    }

    @Property(tries = 60)
    void excludingAnEngineNeverYieldsIt(@ForAll("systems") WorkloadsFile file) {
        Advice before = advisor.advise(file);
        for (var entry : before.portfolio()) {
            Constraints c = new Constraints(OptionalInt.empty(), List.of(), List.of(EngineRef.of(entry.engine())), file.constraints().deployment());
            Advice after = advisor.advise(file.withConstraints(c));
            assertThat(after.portfolio()).extracting(Advice.PortfolioEntry::engine).doesNotContain(entry.engine());
            assertThat(after.routes()).extracting(Advice.Route::engine).doesNotContain(entry.engine());
        }
    }

    @Property(tries = 60)
    void shufflingWorkloadsChangesNothing(@ForAll("systems") WorkloadsFile file, @ForAll long seed) {
        List<Workload> shuffled = new ArrayList<>(file.workloads());
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(normalised(advisor.advise(file.withWorkloads(shuffled)))).isEqualTo(normalised(advisor.advise(file)));
    }

    @Property(tries = 40)
    void theNonHeadroomPortfolioIsMinimal(@ForAll("systems") WorkloadsFile file) {
        Advice a = advisor.advise(file);
        Assume.that(a.allServed());
        List<String> engines = needed(a);
        assertThat(advisor.assess(file, Set.copyOf(engines)).servesAll()).isTrue();
        for (String left : engines) {
            Set<String> rest = engines.stream().filter(e -> !e.equals(left)).collect(Collectors.toSet());
            assertThat(advisor.assess(file, rest).servesAll()).as("without " + left).isFalse();
        }
    }

    @Property(tries = 40)
    void aProjectedPortfolioIsMinimalForTheGrownWorkloads(@ForAll("systems") WorkloadsFile file, @ForAll @IntRange(min = 1, max = 24) int months) {
        Advice a = advisor.adviseIn(file, months);
        Assume.that(a.allServed());
        WorkloadsFile grown = Projection.after(file, months);
        List<String> engines = needed(a);
        assertThat(advisor.assess(grown, Set.copyOf(engines)).servesAll()).isTrue();
        for (String left : engines) {
            Set<String> rest = engines.stream().filter(e -> !e.equals(left)).collect(Collectors.toSet());
            assertThat(advisor.assess(grown, rest).servesAll()).as("without " + left).isFalse();
        }
    }

    @Property(tries = 100, maxDiscardRatio = 10)
    void theHeadroomEngineNeverMakesAPortfolioEngineRedundant(@ForAll("systemsAtRisk") WorkloadsFile file) {
        Advice a = advisor.advise(file);
        Assume.that(a.allServed() && a.portfolio().stream().anyMatch(p -> p.role() == Role.HEADROOM));
        List<String> all = a.portfolio().stream().map(Advice.PortfolioEntry::engine).toList();
        for (String left : needed(a)) {
            Set<String> rest = all.stream().filter(e -> !e.equals(left)).collect(Collectors.toSet());
            assertThat(advisor.assess(file, rest).servesAll()).as("headroom replaces " + left).isFalse();
        }
    }

    static List<String> needed(Advice a) {
        return a.portfolio().stream().filter(p -> p.role() != Role.HEADROOM).map(Advice.PortfolioEntry::engine).toList();
    }

    /** The advice with every list in a canonical order, so only its content is compared. */
    private static String normalised(Advice a) {
        return a.portfolio().stream().map(p -> p.engine() + p.role() + p.nodes() + p.workloads().stream().sorted().toList() + p.reason())
                .sorted().toList()
                + "" + a.routes().stream().sorted(Comparator.comparing(Advice.Route::workload)).toList()
                + a.unserved().stream().sorted(Comparator.comparing(Advice.Unserved::workload)).toList()
                + a.growth().stream().sorted(Comparator.comparing(Advice.GrowthWarning::workload)).toList()
                + a.sync().stream().map(Object::toString).sorted().toList();
    }

    @Provide Arbitrary<WorkloadsFile> systems() {
        return workloads().list().ofMinSize(1).ofMaxSize(6).map(list -> {
            List<Workload> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) named.add(list.get(i).toBuilder().name("w" + i + " " + list.get(i).shape()).build());
            return new WorkloadsFile("random.yml", 1, Optional.of("random"), Constraints.NONE, named);
        });
    }

    /** Walletkart's day one (search and settlement near their limits, so headroom is proposed) plus up to three random workloads. */
    @Provide Arbitrary<WorkloadsFile> systemsAtRisk() {
        return workloads().list().ofMaxSize(3).map(list -> {
            List<Workload> all = new ArrayList<>(Walletkart.dayOne().workloads());
            for (int i = 0; i < list.size(); i++) all.add(list.get(i).toBuilder().name("w" + i + " " + list.get(i).shape()).build());
            return new WorkloadsFile("random.yml", 1, Optional.of("random"), Constraints.NONE, all);
        });
    }

    @Provide Arbitrary<Workload> workloads() {
        Arbitrary<Shape> shapes = Arbitraries.of(Shape.POINT_LOOKUP, Shape.RANGE_SCAN, Shape.FULL_TEXT, Shape.AGGREGATE,
                Shape.VECTOR_KNN, Shape.TIME_SERIES, Shape.GRAPH_TRAVERSAL);
        Arbitrary<Double> ops = Arbitraries.of(0.1, 10.0, 200.0, 800.0, 5000.0);
        Arbitrary<Double> budgets = Arbitraries.of(1.0, 10.0, 50.0, 200.0, 2000.0, 10000.0);
        Arbitrary<Consistency> consistency = Arbitraries.of(Consistency.class);
        Arbitrary<Long> records = Arbitraries.of(100_000L, 10_000_000L, 500_000_000L);
        Arbitrary<Boolean> grows = Arbitraries.of(true, false);
        return Combinators.combine(shapes, ops, budgets, consistency, records, Arbitraries.of(Durability.class), grows).as((shape, o, b, c, r, d, g) -> {
            Workload.Builder w = Workload.builder(shape.id(), shape).opsPerSec(o).p99Ms(b).records(r).durability(d)
                    .workingSet(ByteSize.ofGigabytes(r / 1e7));
            if (g) w.growth(new GrowthRate(1.25, "25%/month"));
            if (c == Consistency.BOUNDED_STALENESS) w.staleness(Duration.ofSeconds(30)); else w.consistency(c);
            if (shape == Shape.AGGREGATE || shape == Shape.RANGE_SCAN) w.rowsPerQuery(shape == Shape.AGGREGATE ? r : 30);
            return w.build();
        });
    }
}
