package dev.polyglot.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code invalid-adr}: broken front matter. Missing or unknown status, a date that is not {@code YYYY-MM-DD},
 * {@code superseded} without {@code superseded_by} (or the reverse), keys of the wrong type, duplicate keys,
 * supersession cycles, and YAML that does not parse; only in ADRs that take part (their front matter names
 * {@code workloads}, {@code portfolio} or {@code routes}).
 */
public final class InvalidAdrRule extends BaseRule {
    public static final String ID = "invalid-adr";

    public InvalidAdrRule() {
        super(ID, Severity.ERROR, "Broken front matter: missing or unknown status, bad date, superseded without superseded_by, keys of the wrong type.");
    }

    @Override public void check(CheckContext context, Violations violations) {
        for (Adr adr : context.adrs()) {
            if (!adr.takesPart()) continue; // the team's own front matter is not ours to judge
            FrontMatterBlock block = adr.block();
            if (block instanceof FrontMatterBlock.Broken broken) {
                violations.add(adr, broken.line(), "front-matter", broken.message());
            } else if (block instanceof FrontMatterBlock.Present present) {
                check(context, adr, present.frontMatter(), violations);
            }
        }
    }

    /** The keys check reads. */
    private static final List<String> KEYS = List.of("status", "date", "workloads", "portfolio", "routes", "superseded_by");
    /** Keys of MADR, Docusaurus, Jekyll and log4brains that sit beside polyglot's: never "did you mean" material. */
    private static final Set<String> THEIRS = Set.of("decision-makers", "deciders", "consulted", "informed", "tags", "id", "title",
            "description", "parent", "nav_order", "layout", "author", "authors", "category", "categories", "supersedes", "slug",
            "sidebar_position", "sidebar_label", "owner", "owners", "reviewers", "technical-story", "ticket");
    /** A calendar date, months and days with or without their leading zero (2023-9-15 as MADR users write it). */
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private static void check(CheckContext context, Adr adr, FrontMatter fm, Violations violations) {
        duplicates(adr, fm, violations);
        misspelt(adr, fm, violations);
        types(adr, fm, violations);
        Decision decision = Decision.of(fm);
        status(adr, fm, decision, violations);
        date(adr, decision, violations);
        if (decision.parsedStatus().filter(AdrStatus.ACCEPTED::equals).isPresent() && decision.portfolio().isPresent()
                && decision.workloads().isEmpty() && fm.field("workloads").isEmpty()) {
            violations.add(adr, decision.portfolio().get().line(), "workloads", "accepted ADR declares a portfolio but names no workloads file; "
                    + "add workloads: PATH (relative to this file) so the decision can be checked");
        }
        cycle(context, adr, decision, violations);
    }

    private static void duplicates(Adr adr, FrontMatter fm, Violations violations) {
        Set<String> seen = new HashSet<>();
        for (YamlValue.Entry field : fm.fields()) {
            if (!seen.add(field.key().text())) {
                violations.add(adr, field.key().line(), "duplicate:" + field.key().text(), "key '" + field.key().text()
                        + "' is given twice; keep one");
            }
        }
    }

    /** A key one or two letters away from one check reads is almost certainly meant to be it. */
    private static void misspelt(Adr adr, FrontMatter fm, Violations violations) {
        for (YamlValue.Entry field : fm.fields()) {
            String key = field.key().text();
            if (KEYS.contains(key) || THEIRS.contains(key.toLowerCase(java.util.Locale.ROOT))) continue;
            Suggestions.closest(key, KEYS).ifPresent(meant -> violations.add(adr, field.key().line(), "key:" + key,
                    "unknown key '" + key + "', did you mean '" + meant + "'? (check reads " + String.join(", ", KEYS) + ")"));
        }
    }

    private static void types(Adr adr, FrontMatter fm, Violations violations) {
        for (String key : List.of("status", "date", "workloads", "superseded_by")) {
            fm.field(key).ifPresent(f -> {
                if (!(f.value() instanceof YamlValue.Scalar s) || s.text().isBlank()) {
                    violations.add(adr, f.key().line(), "type:" + key, key + " must be a single value, found " + describe(f.value()));
                }
            });
        }
        fm.field("portfolio").ifPresent(f -> {
            if (!(f.value() instanceof YamlValue.Sequence seq) || seq.items().stream().anyMatch(i -> !(i instanceof YamlValue.Scalar))) {
                violations.add(adr, f.key().line(), "type:portfolio", "portfolio must be a list of engine ids such as [postgres, redis], found " + describe(f.value()));
            } else if (seq.items().isEmpty()) {
                violations.add(adr, f.key().line(), "type:portfolio", "portfolio is empty; list the engines decided on, such as [postgres]");
            }
        });
        fm.field("routes").ifPresent(f -> {
            if (!(f.value() instanceof YamlValue.Mapping map) || map.entries().stream().anyMatch(e -> !(e.value() instanceof YamlValue.Scalar))) {
                violations.add(adr, f.key().line(), "type:routes", "routes must map workload names to engine ids (wallet balance lookup: postgres), found "
                        + describe(f.value()));
            }
        });
    }

    private static String describe(YamlValue value) {
        if (value instanceof YamlValue.Scalar s && s.text().isBlank()) return "nothing";
        if (value instanceof YamlValue.Mapping m && m.entries().stream().anyMatch(e -> !(e.value() instanceof YamlValue.Scalar))) return "a map with nested values";
        if (value instanceof YamlValue.Sequence s && s.items().stream().anyMatch(i -> !(i instanceof YamlValue.Scalar))) return "a list with nested values";
        return value.kind();
    }

    private static void status(Adr adr, FrontMatter fm, Decision decision, Violations violations) {
        if (fm.field("status").isEmpty()) {
            violations.add(adr, fm.line(), "status", "front matter has no status; add status: with one of " + AdrStatus.ids()
                    + " (it takes part in check because it names " + polyglotKeys(fm) + ")");
            return;
        }
        decision.status().ifPresent(status -> {
            if (decision.parsedStatus().isEmpty()) {
                violations.add(adr, status.line(), "status", "unknown status '" + status.value() + "'"
                        + Suggestions.didYouMean(status.value(), AdrStatus.ids()) + " (one of " + AdrStatus.ids() + ")");
            }
        });
        boolean superseded = decision.parsedStatus().filter(AdrStatus.SUPERSEDED::equals).isPresent();
        if (superseded && decision.supersededBy().isEmpty() && fm.field("superseded_by").isEmpty()) {
            violations.add(adr, decision.status().get().line(), "superseded_by", "status is superseded but superseded_by is missing; "
                    + "add superseded_by: with the file of the ADR that replaces this one");
        }
        decision.supersededBy().ifPresent(next -> {
            if (!superseded && decision.parsedStatus().isPresent()) {
                violations.add(adr, decision.status().get().line(), "status-vs-superseded_by", "superseded_by is given but status is "
                        + decision.parsedStatus().get() + "; set status: superseded, or remove superseded_by");
            }
        });
    }

    private static String polyglotKeys(FrontMatter fm) {
        return String.join(", ", FrontMatter.POLYGLOT_KEYS.stream().filter(k -> fm.field(k).isPresent()).map(k -> k + ":").toList());
    }

    private static void date(Adr adr, Decision decision, Violations violations) {
        decision.date().ifPresent(date -> {
            try {
                LocalDate.parse(date.value(), DATE);
            } catch (DateTimeParseException e) {
                violations.add(adr, date.line(), "date", "date '" + date.value() + "' is not a calendar date; write it as YYYY-MM-DD, e.g. 2026-11-01");
            }
        });
    }

    /** Follows superseded_by from this ADR; reports a chain that comes back on itself. */
    private static void cycle(CheckContext context, Adr adr, Decision decision, Violations violations) {
        if (decision.supersededBy().isEmpty()) return;
        List<String> chain = new ArrayList<>(List.of(adr.fileName()));
        Optional<Adr> next = context.resolveAdr(adr, decision.supersededBy().get().value());
        Set<Adr> seen = new HashSet<>(Set.of(adr));
        while (next.isPresent()) {
            Adr current = next.get();
            chain.add(current.fileName());
            if (current.equals(adr)) {
                violations.add(adr, decision.supersededBy().get().line(), "cycle", "supersession goes round in a circle: "
                        + String.join(" -> ", chain) + "; the newest ADR must not be superseded");
                return;
            }
            if (!seen.add(current)) return; // a cycle further on, reported at its own ADRs
            next = context.decision(current).flatMap(Decision::supersededBy).flatMap(n -> context.resolveAdr(current, n.value()));
        }
    }
}
