package dev.polyglot.check;

/**
 * {@code not-taking-part} (warning, only under {@code --require-front-matter}): an ADR whose front matter names
 * none of polyglot's keys, so check cannot keep its decision true. The message names the keys to add.
 */
public final class NotTakingPartRule extends BaseRule {
    public static final String ID = "not-taking-part";

    public NotTakingPartRule() {
        super(ID, Severity.WARNING, "Under --require-front-matter: an ADR whose front matter has none of polyglot's keys "
                + String.join(", ", FrontMatter.POLYGLOT_KEYS) + ", so check cannot verify it.");
    }

    @Override public void check(CheckContext context, Violations violations) {
        if (!context.requireFrontMatter()) return;
        for (Adr adr : context.adrs()) {
            if (adr.takesPart()) continue;
            String where = adr.frontMatter().isPresent() ? "its front matter has none of polyglot's keys" : "it has no front matter";
            violations.add(adr, 1, "front-matter", "takes no part in check: " + where + "; if it decides a portfolio, add workloads: "
                    + "(the workloads file, relative to this ADR) and portfolio: [engine, ...] (routes: optional), e.g. with "
                    + "polyglot check --init " + adr.displayPath() + " --workloads FILE");
        }
    }
}
