package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.Constraints;
import dev.polyglot.workloads.WorkloadsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdrWriterTest {
    @TempDir Path root;

    private final WorkloadsFile walletkart = new WorkloadsFile("walletkart.yml", 1, Optional.of("walletkart"), Constraints.NONE, RuleFixture.walletkart());

    @Test void writesTheNextNumberedProposedAdrThatPassesCheckOnceAccepted() throws IOException {
        RuleFixture fixture = new RuleFixture(root).adr("0001-record.md", "# 1. Record\n").adr("0002-other.md", "# 2. Other\n");
        Path adr = AdrWriter.write(root.resolve("docs/adr"), root.resolve("walletkart.yml"), walletkart,
                TableAdvisor.walletkart().advise(walletkart), LocalDate.of(2026, 11, 21));
        assertThat(adr.getFileName()).hasToString("0003-database-portfolio-for-walletkart.md");
        String text = Files.readString(adr);
        assertThat(text).startsWith("---\nstatus: proposed\ndate: 2026-11-21\nworkloads: ../../walletkart.yml\n"
                + "portfolio: [postgres, redis, elasticsearch]\nroutes:\n  wallet balance lookup: postgres\n");
        assertThat(text).contains("# 3. Database portfolio for walletkart");

        Files.writeString(adr, text.replace("status: proposed", "status: accepted"));
        assertThat(fixture.check(Rules.all()).findings()).isEmpty();
    }

    @Test void followsDateNamingAndQuotesNamesYamlWouldMisread() throws IOException {
        Path dir = Files.createDirectories(root.resolve("adr"));
        Files.writeString(dir.resolve("2026-01-05-use-adrs.md"), "# Use ADRs\n");
        Path adr = AdrWriter.write(dir, root.resolve("w.yml"), walletkart, TableAdvisor.walletkart().advise(walletkart), LocalDate.of(2026, 11, 21));
        assertThat(adr.getFileName()).hasToString("2026-11-21-database-portfolio-for-walletkart.md");
        assertThat(AdrWriter.yaml("carousel: recent #1")).isEqualTo("\"carousel: recent #1\"");
        assertThat(AdrWriter.yaml("wallet balance lookup")).isEqualTo("wallet balance lookup");
    }
}
