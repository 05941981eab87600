package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdrReaderTest {
    private static Adr parse(String text) {
        return AdrReader.parse(Path.of("/repo/docs/adr/0003-portfolio.md"), "docs/adr/0003-portfolio.md", text.lines().toList());
    }

    @Test void readsNygardFrontMatterWithTheLineOfEveryKey() {
        Adr adr = parse("""
                ---
                status: accepted
                date: 2026-11-01
                workloads: ../../walletkart.yml
                portfolio: [postgres, redis]
                routes:
                  wallet balance lookup: postgres
                  homepage carousel: redis
                ---
                # 3. Database portfolio for walletkart

                ## Context
                """);
        Decision decision = Decision.of(adr.frontMatter().orElseThrow());
        assertThat(adr.title()).contains("3. Database portfolio for walletkart");
        assertThat(decision.status()).contains(new Decision.Text("accepted", 2));
        assertThat(decision.date()).contains(new Decision.Text("2026-11-01", 3));
        assertThat(decision.workloads()).contains(new Decision.Text("../../walletkart.yml", 4));
        assertThat(decision.portfolio().orElseThrow().values()).containsExactly("postgres", "redis");
        assertThat(decision.portfolio().orElseThrow().line()).isEqualTo(5);
        assertThat(decision.routes().orElseThrow().routes()).containsExactly(
                new Decision.DeclaredRoute(new Decision.Text("wallet balance lookup", 7), new Decision.Text("postgres", 7)),
                new Decision.DeclaredRoute(new Decision.Text("homepage carousel", 8), new Decision.Text("redis", 8)));
    }

    @Test void readsMadrBlockListsWithTheLineOfEachItem() {
        Adr adr = parse("""
                ---
                status: "accepted"
                deciders: [riya]
                portfolio:
                  - postgres
                  - redis
                ---
                # Use Postgres and Redis

                ## Context and Problem Statement
                """);
        Decision.Listing portfolio = Decision.of(adr.frontMatter().orElseThrow()).portfolio().orElseThrow();
        assertThat(portfolio.items()).containsExactly(new Decision.Text("postgres", 5), new Decision.Text("redis", 6));
        assertThat(adr.title()).contains("Use Postgres and Redis");
    }

    @Test void aFileWithoutFrontMatterDoesNotTakePart() {
        Adr adr = parse("# 1. Record architecture decisions\n\nDate: 2026-01-01\n");
        assertThat(adr.block()).isInstanceOf(FrontMatterBlock.Absent.class);
        assertThat(adr.frontMatter()).isEmpty();
    }

    @Test void unterminatedFrontMatterIsBrokenAtLineOne() {
        Adr adr = parse("---\nstatus: accepted\n# title\n");
        assertThat(adr.block()).isEqualTo(new FrontMatterBlock.Broken(1,
                "front matter opened with '---' on line 1 is never closed; end it with a line '---'", false));
    }

    @Test void yamlSyntaxErrorsNameTheirFileLine() {
        Adr adr = parse("---\nstatus: accepted\nportfolio: [postgres\ndate: 2026-11-01\n---\n");
        assertThat(adr.block()).isInstanceOfSatisfying(FrontMatterBlock.Broken.class, b -> {
            assertThat(b.line()).isBetween(3, 5);
            assertThat(b.message()).startsWith("front matter is not valid YAML");
        });
    }

    @Test void frontMatterThatIsNotAMapIsBroken() {
        Adr adr = parse("---\n- accepted\n---\n");
        assertThat(adr.block()).isEqualTo(new FrontMatterBlock.Broken(2, "front matter must be a map of keys (status:, date:, ...), found a list", false));
    }

    @Test void aliasBombsAreRefusedWithoutRunningOutOfMemory() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
        String previous = "a";
        for (int i = 0; i < 12; i++) {
            String name = "l" + i;
            yaml.append(name).append(": &").append(name).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = name;
        }
        Adr adr = parse(yaml.append("---\n").toString());
        assertThat(adr.block()).isInstanceOf(FrontMatterBlock.Broken.class);
    }

    @Test void emptyFrontMatterIsPresentButEmpty() {
        Adr adr = parse("---\n---\n# t\n");
        assertThat(adr.frontMatter().orElseThrow().fields()).isEqualTo(List.of());
    }
}
