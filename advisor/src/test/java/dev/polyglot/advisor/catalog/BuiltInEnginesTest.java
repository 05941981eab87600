package dev.polyglot.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The built-in catalog the jar starts with (BuiltInEngines) is the one catalog.yml gives after parsing and validation. */
class BuiltInEnginesTest {
    @Test void theGeneratedEnginesEqualTheValidatedYaml() {
        assertThat(BuiltInEngines.all()).isEqualTo(CatalogReader.builtIn().orElseThrow().engines());
        assertThat(Catalog.builtIn().engines()).isEqualTo(BuiltInEngines.all());
    }

    @Test void theGeneratedSourceIsWhatTheGeneratorWritesToday() throws IOException {
        String fresh = CatalogJavaSource.of(CatalogReader.builtIn().orElseThrow().engines());
        String current = Files.readString(Path.of(CatalogJavaSource.PATH), StandardCharsets.UTF_8);
        if (!fresh.equals(current)) Files.writeString(Path.of("target", "BuiltInEngines.java"), fresh, StandardCharsets.UTF_8);
        assertThat(current).as("catalog.yml changed: cp advisor/target/BuiltInEngines.java advisor/" + CatalogJavaSource.PATH).isEqualTo(fresh);
    }
}
