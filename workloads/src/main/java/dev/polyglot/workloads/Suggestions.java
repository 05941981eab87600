package dev.polyglot.workloads;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" for misspelt keys and values: the closest candidate by edit distance, offered only when it is
 * close enough that the user most likely meant it (at most one edit for short words, up to three for long ones).
 */
public final class Suggestions {
    private Suggestions() {}

    public static Optional<String> closest(String written, Collection<String> candidates) {
        String w = Identifiers.normalize(written);
        if (w.isEmpty() || w.length() > 100) return Optional.empty();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestPrefix = -1;
        for (String candidate : candidates) {
            String c = Identifiers.normalize(candidate);
            int d = distance(w, c);
            int prefix = commonPrefix(w, c);
            // On a tie, the candidate sharing the longer start wins: 'mongo' means mongodb, not minio.
            if (d < bestDistance || (d == bestDistance && prefix > bestPrefix)) {
                best = candidate; bestDistance = d; bestPrefix = prefix;
            }
        }
        return best != null && bestDistance <= allowed(w.length()) ? Optional.of(best) : Optional.empty();
    }

    /** ", did you mean 'x'?" or nothing. */
    public static String didYouMean(String written, Collection<String> candidates) {
        return closest(written, candidates).map(s -> ", did you mean '" + s + "'?").orElse("");
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    private static int allowed(int length) {
        if (length <= 3) return 1;
        return length <= 7 ? 2 : 3;
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
