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
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * check and advise never disagree, on every example system: the portfolio advise proposes, written as an ADR and
 * accepted, passes check without a finding; leave out any engine that is not headroom and check reports
 * unserved-workload.
 */
class CheckAgreesWithAdviseTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Advisor ADVISOR = CatalogAdvisor.builtIn();

    @TempDir Path root;

    @TestFactory Stream<DynamicTest> everyExample() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> examples = files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
            assertThat(examples).isNotEmpty();
            return examples.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> agree(p)));
        }
    }

    private void agree(Path example) throws IOException {
        WorkloadsFile file = ((ParseOutcome.Parsed) WorkloadsReader.read(example)).file();
        Advice advice = ADVISOR.advise(file);
        assertThat(advice.unserved()).as("advise serves every workload of %s", example).isEmpty();
        Path dir = root.resolve(file.systemName());
        Path adr = AdrWriter.write(dir, example, file, advice, LocalDate.of(2026, 11, 21));
        String accepted = Files.readString(adr).replace("status: proposed", "status: accepted");
        Files.writeString(adr, accepted);
        assertThat(check(dir)).as("the proposed portfolio passes check").isEmpty();

        String portfolio = "portfolio: [" + advice.portfolio().stream().map(Advice.PortfolioEntry::engine).collect(Collectors.joining(", ")) + "]";
        for (Advice.PortfolioEntry left : advice.portfolio()) {
            if (left.role() == Role.HEADROOM) continue;
            String rest = "portfolio: [" + advice.portfolio().stream().map(Advice.PortfolioEntry::engine).filter(e -> !e.equals(left.engine()))
                    .collect(Collectors.joining(", ")) + "]";
            Files.writeString(adr, withoutRoutes(accepted.replace(portfolio, rest)));
            assertThat(check(dir)).as("without %s", left.engine()).extracting(Finding::rule).contains(UnservedWorkloadRule.ID);
        }
    }

    /** Routes name the removed engine; dropping them leaves the portfolio alone to answer for the workloads. */
    private static String withoutRoutes(String adr) {
        return adr.replaceAll("(?m)^routes:\\n(  .*\\n)*", "");
    }

    private static List<Finding> check(Path dir) {
        AdrLocator locator = new AdrLocator(dir);
        List<Adr> adrs = ((AdrLocator.Located.Files) locator.locate(List.of("."))).adrs().stream().map(p -> AdrReader.read(p, locator.display(p))).toList();
        return new Checker(ADVISOR, WorkloadsReader::read).check(adrs, locator, false).findings();
    }
}
