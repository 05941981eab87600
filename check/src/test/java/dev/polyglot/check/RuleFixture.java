package dev.polyglot.check;

import dev.polyglot.workloads.Constraints;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.Problem;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.SourcePosition;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A temporary repository with ADRs under docs/adr and walletkart.yml at its root, checked with one rule. */
final class RuleFixture {
    static final String WALLETKART = "walletkart.yml";
    static final String BROKEN = "broken.yml";

    private final Path root;
    private OptionalInt maxEngines = OptionalInt.empty();
    private boolean requireFrontMatter;
    private dev.polyglot.advisor.Advisor advisor = TableAdvisor.walletkart();

    RuleFixture(Path root) {
        this.root = root;
        write(WALLETKART, "version: 1\n");
        write(BROKEN, "version: 2\n");
    }

    RuleFixture maxEngines(int max) { maxEngines = OptionalInt.of(max); return this; }

    RuleFixture requireFrontMatter() { requireFrontMatter = true; return this; }

    /** Checks with this advisor instead of the walletkart table. */
    RuleFixture advisor(dev.polyglot.advisor.Advisor other) { advisor = other; return this; }

    /** Writes docs/adr/NAME with this text. */
    RuleFixture adr(String name, String text) { write("docs/adr/" + name, text); return this; }

    /** An accepted walletkart decision with this portfolio (flow list text) and extra front-matter lines. */
    RuleFixture accepted(String name, String portfolio, String... extra) {
        return adr(name, "---\nstatus: accepted\ndate: 2026-11-01\nworkloads: ../../walletkart.yml\nportfolio: " + portfolio + "\n"
                + String.join("\n", extra) + (extra.length == 0 ? "" : "\n") + "---\n# Portfolio\n");
    }

    List<Finding> check(Rule rule) { return check(List.of(rule)).findings(); }

    CheckResult check(List<Rule> rules) {
        AdrLocator locator = new AdrLocator(root);
        List<Path> files = ((AdrLocator.Located.Files) locator.locate(List.of("docs/adr"))).adrs();
        List<Adr> adrs = files.stream().map(f -> AdrReader.read(f, locator.display(f))).toList();
        return new Checker(advisor, this::read, rules).check(adrs, locator, requireFrontMatter);
    }

    ParseOutcome read(Path file) {
        if (file.getFileName().toString().equals(BROKEN)) {
            return new ParseOutcome.Rejected(List.of(new Problem(file.toString(), new SourcePosition(1, 10), "version must be 1, was 2")));
        }
        Constraints constraints = new Constraints(maxEngines, List.of(), List.of(), dev.polyglot.workloads.Deployment.ANY);
        return new ParseOutcome.Parsed(new WorkloadsFile(file.toString(), 1, Optional.of("walletkart"), constraints, walletkart()));
    }

    static List<Workload> walletkart() {
        return List.of(
                Workload.builder("wallet balance lookup", Shape.POINT_LOOKUP).opsPerSec(800).p99Ms(50).build(),
                Workload.builder("transaction history", Shape.RANGE_SCAN).opsPerSec(200).p99Ms(100).build(),
                Workload.builder("merchant search", Shape.FULL_TEXT).opsPerSec(60).p99Ms(200).build(),
                Workload.builder("session tokens", Shape.POINT_LOOKUP).opsPerSec(2000).p99Ms(1).build(),
                Workload.builder("monthly settlement aggregates", Shape.AGGREGATE).opsPerSec(0.01).p99Ms(5000).build());
    }

    private void write(String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
