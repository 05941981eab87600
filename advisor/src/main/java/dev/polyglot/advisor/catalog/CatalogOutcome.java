package dev.polyglot.advisor.catalog;

import dev.polyglot.workloads.Problem;
import java.util.List;

/** What reading a catalog gives: the catalog, or every problem found in it. */
public sealed interface CatalogOutcome {
    /** The catalog. @throws IllegalStateException listing the problems when it was rejected */
    default Catalog orElseThrow() {
        if (this instanceof Loaded loaded) return loaded.catalog();
        throw new IllegalStateException("invalid catalog: " + ((Rejected) this).problems());
    }

    record Loaded(Catalog catalog) implements CatalogOutcome {}

    /** @param problems never empty, each {@code FILE:LINE:COLUMN: message} */
    record Rejected(List<Problem> problems) implements CatalogOutcome {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) throw new IllegalArgumentException("a rejection names at least one problem");
        }
    }
}
