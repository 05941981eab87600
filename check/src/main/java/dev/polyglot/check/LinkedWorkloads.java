package dev.polyglot.check;

import dev.polyglot.advisor.Advice;
import dev.polyglot.workloads.Problem;
import dev.polyglot.workloads.WorkloadsFile;
import java.nio.file.Path;
import java.util.List;

/** The workloads file an ADR names, as found on disk: loaded (with the advice for it), missing, or invalid. */
public sealed interface LinkedWorkloads {
    Path path();

    /** How findings name the file. */
    String display();

    record Loaded(Path path, String display, WorkloadsFile file, Advice advice) implements LinkedWorkloads {}

    record Missing(Path path, String display) implements LinkedWorkloads {}

    record Invalid(Path path, String display, List<Problem> problems) implements LinkedWorkloads {
        public Invalid { problems = List.copyOf(problems); }
    }
}
