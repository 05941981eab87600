package dev.polyglot.check;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for misspelt engine ids, workload names and statuses, in the wording of check's messages. */
final class Suggestions {
    private Suggestions() {}

    /** The closest candidate, by the same rule the workloads reader uses. */
    static Optional<String> closest(String text, Collection<String> candidates) {
        return dev.polyglot.workloads.Suggestions.closest(text, candidates);
    }

    /** "; did you mean 'x'?" or nothing. */
    static String didYouMean(String text, Collection<String> candidates) {
        return closest(text, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }
}
