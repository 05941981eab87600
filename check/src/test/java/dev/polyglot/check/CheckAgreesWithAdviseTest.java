package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Advisor;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.advisor.Role;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.WorkloadsFile;
import dev.polyglot.workloads.WorkloadsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * check and advise never disagree, on every example system: the portfolio advise proposes, written as an ADR and
 * accepted, passes check without a finding (not even a warning); leave out any engine that is not headroom and
 * check reports unserved-workload.
 */
class CheckAgreesWithAdviseTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Advisor ADVISOR = CatalogAdvisor.builtIn();

    @TempDir Path root;

    @TestFactory Stream<DynamicNode> everyExample() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> examples = files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
            assertThat(examples).isNotEmpty();
            return examples.stream().map(this::example);
        }
    }

    private DynamicContainer example(Path example) {
        String name = example.getFileName().toString();
        WorkloadsFile file = ((ParseOutcome.Parsed) WorkloadsReader.read(example)).file();
        Advice advice = ADVISOR.advise(file);
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the proposed portfolio passes", () -> {
            assertThat(advice.unserved()).as("advise serves every workload").isEmpty();
            assertThat(check(write(name, example, file, advice).getParent())).isEmpty();
        }));
        for (Advice.PortfolioEntry left : advice.portfolio()) {
            if (left.role() == Role.HEADROOM) continue;
            tests.add(DynamicTest.dynamicTest("without " + left.engine() + " it fails", () -> {
                Path adr = write(name + "-without-" + left.engine(), example, file, advice);
                Files.writeString(adr, withoutRoutes(Files.readString(adr).replace(portfolio(advice, ""), portfolio(advice, left.engine()))));
                assertThat(check(adr.getParent())).extracting(Finding::rule).contains(UnservedWorkloadRule.ID);
            }));
        }
        return DynamicContainer.dynamicContainer(name, tests);
    }

    /** The ADR advise would write, accepted, alone in its own directory. */
    private Path write(String dirName, Path example, WorkloadsFile file, Advice advice) throws IOException {
        Path adr = AdrWriter.write(root.resolve(dirName), example, file, advice, LocalDate.of(2026, 11, 21));
        Files.writeString(adr, Files.readString(adr).replace("status: proposed", "status: accepted"));
        return adr;
    }

    private static String portfolio(Advice advice, String without) {
        return "portfolio: [" + advice.portfolio().stream().map(Advice.PortfolioEntry::engine).filter(e -> !e.equals(without))
                .collect(Collectors.joining(", ")) + "]";
    }

    /** Routes name the removed engine; dropping them leaves the portfolio alone to answer for the workloads. */
    private static String withoutRoutes(String adr) {
        return adr.replaceAll("(?m)^routes:\\n(  .*\\n)*", "");
    }

    private static List<Finding> check(Path dir) {
        AdrLocator locator = new AdrLocator(dir);
        List<Adr> adrs = ((AdrLocator.Located.Files) locator.locate(List.of("."))).adrs().stream()
                .map(p -> AdrReader.read(p, locator.display(p))).toList();
        return new Checker(ADVISOR, WorkloadsReader::read).check(adrs, locator, false).findings();
    }
}
