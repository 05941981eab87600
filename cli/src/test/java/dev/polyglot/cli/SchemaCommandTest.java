package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.WorkloadsSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {
    private final CliRun cli = new CliRun();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) { return cli.run(args); }

    @Test
    void printsTheCommittedSchema() throws IOException {
        assertThat(run("schema")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEqualTo(WorkloadsSchema.json())
                .isEqualTo(Files.readString(Path.of("..", "schemas", "workloads-v1.schema.json")));
    }

    @Test
    void writesTheSchemaToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        assertThat(run("schema", "--output", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(file)).isEqualTo(WorkloadsSchema.json());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unwritableOutputIsOneMessageAndExit2(@TempDir Path dir) {
        Path file = dir.resolve("missing-dir").resolve("s.json");
        assertThat(run("schema", "-o", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("polyglot schema: cannot write --output " + file + ": the folder " + file.getParent() + " does not exist\n");
    }
}
