package dev.polyglot.workloads;

import java.util.List;

/** What reading a workloads file gives: the parsed file, or every problem found in it. */
public sealed interface ParseOutcome {
    /** The file parsed and validated. */
    record Parsed(WorkloadsFile file) implements ParseOutcome {}

    /** The file was rejected; {@code problems} is never empty and is ordered by position. */
    record Rejected(List<Problem> problems) implements ParseOutcome {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) throw new IllegalArgumentException("a rejection names at least one problem");
        }
    }
}
