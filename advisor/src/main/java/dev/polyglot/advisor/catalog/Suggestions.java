package dev.polyglot.advisor.catalog;

import java.util.Collection;

/** "did you mean" hints for misspelt keys and values, by edit distance. */
public final class Suggestions {
    private Suggestions() {}

    /** {@code ", did you mean 'x'?"} for the closest candidate within 2 edits (or a third of the length), else empty. */
    public static String didYouMean(String text, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(text.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) { best = c; bestDistance = d; }
        }
        int allowed = Math.max(2, text.length() / 3);
        return best != null && bestDistance <= allowed ? ", did you mean '" + best + "'?" : "";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
