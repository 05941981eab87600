package dev.polyglot.cli.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.WorkloadsReader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextAdviceFormatTest {
    private static Advice walletkart() {
        var file = ((ParseOutcome.Parsed) WorkloadsReader.read(Path.of("../examples/walletkart.yml"))).file();
        return CatalogAdvisor.builtIn().advise(file);
    }

    @Test void colourOnlyWhenAskedFor() {
        Advice a = walletkart();
        String plain = AdviceFormat.of(AdviceFormat.Format.TEXT, new AdviceContext("w.yml", LocalDate.of(2026, 11, 21), false)).render(a);
        String coloured = AdviceFormat.of(AdviceFormat.Format.TEXT, new AdviceContext("w.yml", LocalDate.of(2026, 11, 21), true)).render(a);
        assertThat(plain).doesNotContain("\u001b[");
        assertThat(coloured).contains("\u001b[1mPORTFOLIO\u001b[0m");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test void tablesAreAligned() {
        String text = AdviceFormat.of(AdviceFormat.Format.TEXT, new AdviceContext("w.yml", LocalDate.of(2026, 11, 21), false)).render(walletkart());
        var lines = text.lines().dropWhile(l -> !l.startsWith("workload ")).takeWhile(l -> !l.isEmpty()).toList();
        int engineColumn = lines.get(0).indexOf("engine");
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.substring(engineColumn)).startsWith("postgres  "));
    }
}
