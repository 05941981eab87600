package dev.polyglot.cli;

import dev.polyglot.workloads.WorkloadsSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code polyglot schema [--output FILE]}: the JSON Schema of the workloads format, for editors and CI. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft-07) of the workloads format, version 1.",
                "Point your editor's YAML support at it to complete and check workloads files."})
public final class SchemaCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the schema to FILE instead of standard output.")
    Path output;

    @Override public Integer call() {
        OutputPaths.requireWritableFile("--output", output);
        String schema = WorkloadsSchema.json();
        if (output == null) {
            spec.commandLine().getOut().print(schema);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        try {
            Files.writeString(output, schema, StandardCharsets.UTF_8);
            return ExitCode.OK;
        } catch (IOException e) {
            throw UserError.badInput("cannot write --output " + output + ": " + OutputPaths.why(e));
        }
    }
}
