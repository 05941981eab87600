package dev.polyglot.check.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF output validates against the published SARIF 2.1.0 JSON schema (draft-04), kept in test resources. */
class SarifSchemaTest {
    @TempDir Path root;

    private static Set<ValidationMessage> validate(String sarif) throws IOException {
        try (InputStream schemaText = SarifSchemaTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schemaText);
            JsonNode doc = new ObjectMapper().readTree(sarif);
            return schema.validate(doc);
        }
    }

    @Test void findingsWithAndWithoutABaselineAreValidSarif() throws IOException {
        assertThat(validate(new SarifFormat().render(SampleReports.plain(root)))).isEmpty();
        assertThat(validate(new SarifFormat().render(SampleReports.withBaseline(root)))).isEmpty();
    }

    @Test void theValidatorRejectsWhatTheSchemaForbids() throws IOException {
        assertThat(validate("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},\"results\":[]}]}")).isNotEmpty();
    }

    @Test void everyResultNamesItsRuleAndLine() throws IOException {
        JsonNode run = new ObjectMapper().readTree(new SarifFormat().render(SampleReports.plain(root))).get("runs").get(0);
        assertThat(run.at("/tool/driver/rules").size()).isEqualTo(9);
        for (JsonNode result : run.get("results")) {
            int index = result.get("ruleIndex").asInt();
            assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo(result.get("ruleId").asText());
            assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
        }
    }
}
