package dev.polyglot.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt engine ids, workload names and statuses. */
final class Suggestions {
    private Suggestions() {}

    /** The closest candidate within an edit distance of a third of its length (at least 2), if any. */
    static Optional<String> closest(String text, Collection<String> candidates) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> distance(wanted, c.toLowerCase(Locale.ROOT)) <= Math.max(2, c.length() / 3))
                .min(Comparator.comparingInt((String c) -> distance(wanted, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c));
    }

    /** ", did you mean 'x'?" or nothing. */
    static String didYouMean(String text, Collection<String> candidates) {
        return closest(text, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous; previous = current; current = swap;
        }
        return previous[b.length()];
    }
}
