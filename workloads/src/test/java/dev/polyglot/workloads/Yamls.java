package dev.polyglot.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Helpers for tests that read YAML text: text blocks in, parsed file or problem lines out. */
final class Yamls {
    static final String NAME = "w.yml";

    private Yamls() {}

    static WorkloadsFile parse(String yaml) {
        ParseOutcome outcome = WorkloadsReader.read(NAME, yaml);
        assertThat(outcome).as("%s", outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).file();
    }

    static Workload onlyWorkload(String workloadKeys) {
        return parse("version: 1\nworkloads:\n  - name: w\n" + workloadKeys.indent(4)).workloads().get(0);
    }

    /** The problems as the user sees them, FILE:LINE:COLUMN: message. */
    static List<String> problems(String yaml) {
        ParseOutcome outcome = WorkloadsReader.read(NAME, yaml);
        assertThat(outcome).as("%s", outcome).isInstanceOf(ParseOutcome.Rejected.class);
        return ((ParseOutcome.Rejected) outcome).problems().stream().map(Problem::toString).toList();
    }
}
