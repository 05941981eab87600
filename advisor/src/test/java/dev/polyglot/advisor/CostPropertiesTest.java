package dev.polyglot.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.advisor.catalog.Capability;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.advisor.catalog.Figure;
import dev.polyglot.advisor.catalog.RunningCost;
import dev.polyglot.advisor.model.Estimator;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.WorkloadsFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The write path and the cost ranking move answers only the way they should, over random systems. */
class CostPropertiesTest {
    private static final Catalog BUILT_IN = Catalog.builtIn();

    @Property(tries = 50)
    void cheaperWritesNeverGrowThePortfolio(@ForAll("systems") WorkloadsFile file, @ForAll @IntRange(min = 2, max = 20) int factor) {
        Catalog cheaper = map(BUILT_IN, e -> withShapes(e, c -> cheaperWrites(c, factor)));
        Advice before = new CatalogAdvisor(BUILT_IN, ModelAssumptions.DEFAULT).advise(file);
        Advice after = new CatalogAdvisor(cheaper, ModelAssumptions.DEFAULT).advise(file);
        assertThat(after.unserved().size()).isLessThanOrEqualTo(before.unserved().size());
        if (before.unserved().size() == after.unserved().size()) {
            assertThat(PortfolioPropertiesTest.needed(after)).hasSizeLessThanOrEqualTo(PortfolioPropertiesTest.needed(before).size());
        }
    }

    @Property(tries = 50)
    void raisingAnEnginesNodeCostNeverMakesItChosen(@ForAll("systems") WorkloadsFile file, @ForAll @IntRange(min = 0, max = 63) int which,
                                                    @ForAll @IntRange(min = 2, max = 50) int factor) {
        String id = BUILT_IN.engines().get(which % BUILT_IN.size()).id();
        Advice before = new CatalogAdvisor(BUILT_IN, ModelAssumptions.DEFAULT).advise(file);
        Catalog dearer = map(BUILT_IN, e -> e.id().equals(id) ? withCost(e, factor) : e);
        Advice after = new CatalogAdvisor(dearer, ModelAssumptions.DEFAULT).advise(file);
        if (!PortfolioPropertiesTest.needed(before).contains(id)) assertThat(PortfolioPropertiesTest.needed(after)).doesNotContain(id);
    }

    @Property(tries = 50)
    void theChosenPortfolioCostsLeastOfAllPortfoliosOfTheMinimumSize(@ForAll("systems") WorkloadsFile file) {
        Evaluation ev = new Evaluation(file, BUILT_IN, new Estimator(ModelAssumptions.DEFAULT));
        long chosen = PortfolioSolver.solve(ev).portfolio();
        double cost = Math.round(Costs.usdMonth(ev, chosen));
        for (long portfolio : servingPortfolios(ev, Long.bitCount(chosen))) {
            assertThat(Math.round(Costs.usdMonth(ev, portfolio))).as(PortfolioSolver.names(ev, portfolio)).isGreaterThanOrEqualTo((long) cost);
        }
    }

    /** Every portfolio of {@code size} engines that serves each workload some engine serves, and homes durable data. */
    private static List<Long> servingPortfolios(Evaluation ev, int size) {
        List<Long> sets = new ArrayList<>();
        boolean[] served = new boolean[ev.workloads.size()];
        long candidates = 0;
        for (int w = 0; w < served.length; w++) {
            if (ev.servers[w] == 0) continue;
            served[w] = true;
            sets.add(ev.servers[w]);
            candidates |= ev.servers[w];
        }
        if (ev.needsHome(served) && ev.homes != 0) { sets.add(ev.homes); candidates |= ev.homes; }
        return subsets(candidates, size).stream().filter(p -> sets.stream().allMatch(s -> (s & p) != 0)).toList();
    }

    /**
     * With an incumbent named, the chosen portfolio keeps as many incumbents as any portfolio of the minimum size, and
     * costs least among those that keep as many (the format's "chosen over an equally good alternative").
     */
    @Property(tries = 50)
    void anIncumbentIsKeptWheneverAPortfolioOfTheMinimumSizeCanKeepIt(@ForAll("systems") WorkloadsFile plain,
                                                                       @ForAll @IntRange(min = 0, max = 63) int which) {
        String id = BUILT_IN.engines().get(which % BUILT_IN.size()).id();
        WorkloadsFile file = plain.withConstraints(new dev.polyglot.workloads.Constraints(plain.constraints().maxEngines(),
                List.of(dev.polyglot.workloads.EngineRef.of(id)), plain.constraints().exclude(), plain.constraints().deployment()));
        Evaluation ev = new Evaluation(file, BUILT_IN, new Estimator(ModelAssumptions.DEFAULT));
        long chosen = PortfolioSolver.solve(ev).portfolio();
        int kept = Long.bitCount(chosen & ev.preferred);
        double cost = Math.round(Costs.usdMonth(ev, chosen));
        for (long portfolio : servingPortfolios(ev, Long.bitCount(chosen))) {
            int keeps = Long.bitCount(portfolio & ev.preferred);
            assertThat(keeps).as(PortfolioSolver.names(ev, portfolio) + " against " + PortfolioSolver.names(ev, chosen)).isLessThanOrEqualTo(kept);
            if (keeps == kept) assertThat(Math.round(Costs.usdMonth(ev, portfolio))).isGreaterThanOrEqualTo((long) cost);
        }
    }

    @Provide Arbitrary<WorkloadsFile> systems() { return new PortfolioPropertiesTest().systems(); }

    /** Every portfolio of {@code size} engines drawn from {@code mask}. */
    private static List<Long> subsets(long mask, int size) {
        List<Long> out = new ArrayList<>();
        collect(mask, size, 0L, out);
        return out;
    }

    private static void collect(long rest, int size, long chosen, List<Long> out) {
        if (size == 0) { out.add(chosen); return; }
        for (long bits = rest; Long.bitCount(bits) >= size; ) {
            long low = Long.lowestOneBit(bits);
            bits &= ~low;
            collect(bits, size - 1, chosen | low, out);
        }
    }

    static Catalog map(Catalog catalog, UnaryOperator<EngineSpec> f) {
        return new Catalog(catalog.engines().stream().map(f).toList());
    }

    private static EngineSpec withCost(EngineSpec e, int factor) {
        var c = e.cost();
        return new EngineSpec(e.id(), e.family(), e.aliases(), e.generalist(), e.managedOnly(), e.canOwnData(), e.durability(), e.inMemory(),
                e.operationalCost(), new RunningCost(c.fixedUsdMonth(), new Figure(c.nodeUsdMonth().value() * factor + 1, "test"),
                c.storageUsdGbMonth()), e.sync(), e.primary(), e.replica(), e.derived(), e.scaling(), e.shapes());
    }

    private static EngineSpec withShapes(EngineSpec e, UnaryOperator<Capability> f) {
        Map<Shape, Capability> shapes = new EnumMap<>(Shape.class);
        e.shapes().forEach((shape, c) -> shapes.put(shape, f.apply(c)));
        return new EngineSpec(e.id(), e.family(), e.aliases(), e.generalist(), e.managedOnly(), e.canOwnData(), e.durability(), e.inMemory(),
                e.operationalCost(), e.cost(), e.sync(), e.primary(), e.replica(), e.derived(), e.scaling(), shapes);
    }

    /** Writes {@code factor} times faster and {@code factor} times more of them a node, where the catalog models writes. */
    private static Capability cheaperWrites(Capability c, int factor) {
        if (!c.modelsWrites()) return c;
        Optional<Figure> ms = c.writeMs().map(f -> new Figure(f.value() / factor, "test"));
        Optional<Figure> rate = c.writesPerNode().map(f -> new Figure(f.value() * factor, "test"));
        return new Capability(c.shape(), c.fit(), c.via(), c.serviceMs(), c.opsPerNode(), c.scanRowsPerS(), c.edgesPerS(), c.ceilingOps(),
                c.ceilingRecords(), c.maxRecall(), c.ceilingWorkingSetGb(), ms, rate, c.batchRows(), c.canonical());
    }
}
