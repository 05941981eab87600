package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever an ADR's front matter holds, reading and checking it gives findings with real lines, never an exception. */
class HostileFrontMatterPropertiesTest {
    private static final List<String> FRAGMENTS = List.of("status: accepted", "status: [a, b]", "status:", "date: 2026-13-45",
            "date: {x: 1}", "workloads: ../../walletkart.yml", "workloads: [x]", "portfolio: [postgres, redis]", "portfolio: postgres",
            "portfolio:\n  - {a: b}", "routes:\n  x: [y]", "routes: 3", "superseded_by: 0001-a.md", "superseded_by: [1]", "&a [*a]",
            "? [complex, key]\n: value", "- just a list", "'unclosed", "key: \"tab\tin\"", "---", "...", "\uFEFF", "%YAML 1.2", "!!binary x");

    @Provide Arbitrary<String> frontMatter() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(8).map(lines -> "---\n" + String.join("\n", lines) + "\n---\n# t\n");
    }

    @Property(tries = 300)
    void neverThrowsAndEveryFindingHasALine(@ForAll("frontMatter") String text) {
        Path path = Path.of("/repo/docs/adr/0002-b.md");
        Adr adr = AdrReader.parse(path, "docs/adr/0002-b.md", text.lines().toList());
        Adr other = AdrReader.parse(Path.of("/repo/docs/adr/0001-a.md"), "docs/adr/0001-a.md",
                List.of("---", "status: superseded", "superseded_by: 0002-b.md", "---"));
        AdrLocator locator = new AdrLocator(Path.of("/repo"));
        List<Finding> findings = new Checker(TableAdvisor.walletkart(), file -> { throw new AssertionError("no workloads file exists here"); })
                .check(List.of(other, adr), locator, true).findings();
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.line()).isPositive();
            assertThat(f.message()).isNotBlank();
        });
    }

    /** Front matter of the team's own (no workloads, portfolio or routes): whatever it holds, no finding at all. */
    private static final List<String> THEIRS = List.of("status: on hold", "status: [a, b]", "status:", "date: 2023-9-15", "date: {YYYY-MM-DD when}",
            "deciders: {list everyone}", "superseded_by: 0009-nowhere.md", "status: superseded by [ADR-0062](0062-x.md)", "&a [*a]",
            "? [complex, key]\n: value", "- just a list", "'unclosed", "key: \"tab\tin\"", "...", "\uFEFF", "%YAML 1.2", "!!binary x",
            "title: 'ADR009: x'", "nav_order: 9", "statu: accepted", "portfolio_notes: see below", "notes:\n  workloads: nested");

    @Provide Arbitrary<String> theirFrontMatter() {
        return Arbitraries.of(THEIRS).list().ofMaxSize(8).map(lines -> "---\n" + String.join("\n", lines) + "\n---\n# t\n");
    }

    @Property(tries = 300)
    void frontMatterWithoutPolyglotKeysNeverGivesAFinding(@ForAll("theirFrontMatter") String text) {
        Adr adr = AdrReader.parse(Path.of("/repo/docs/adr/0002-b.md"), "docs/adr/0002-b.md", text.lines().toList());
        List<Finding> findings = new Checker(TableAdvisor.walletkart(), file -> { throw new AssertionError("no workloads file is read"); })
                .check(List.of(adr), new AdrLocator(Path.of("/repo")), false).findings();
        assertThat(adr.takesPart()).isFalse();
        assertThat(findings).isEmpty();
    }
}
