package dev.polyglot.bench.engine;

/**
 * Deterministic synthetic values: the same key always gives the same payload, word or document, so a data set
 * is a function of its spec and every engine gets the same rows.
 */
public final class SyntheticData {
    private SyntheticData() {}

    /** Words in the full-text vocabulary. */
    public static final int VOCABULARY = 1024;
    /** Words in a document's title and in its body. */
    public static final int TITLE_WORDS = 4, BODY_WORDS = 40;
    /**
     * Share of the documents one {@link #query} matches: each of its two words is in a document with probability
     * {@code 1 - (1 - 1/VOCABULARY)^(TITLE_WORDS + BODY_WORDS)} (4.2%), and a document must hold both (0.18%). The model
     * assumes the same share for a search that gives no {@code rows_per_query}.
     */
    public static final double SEARCH_MATCH_SHARE = Math.pow(1 - Math.pow(1 - 1.0 / VOCABULARY, TITLE_WORDS + BODY_WORDS), 2);
    /** Bytes of a point-lookup value: a realistic small row (an account or session record). */
    public static final int PAYLOAD_BYTES = 200;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "pa", "qu", "do", "fe", "gi", "ho", "ju"};
    private static final String[] WORDS = buildWords();

    /** A well-mixed 64-bit hash (SplitMix64 finaliser). */
    public static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }

    /** Writes {@link #PAYLOAD_BYTES} printable ASCII bytes derived from {@code key} and {@code version} into {@code out}. */
    public static void payload(long key, int version, byte[] out) {
        long h = mix(key * 31 + version);
        for (int i = 0; i < out.length; i++) {
            if ((i & 7) == 0) h = mix(h + i);
            out[i] = (byte) ('a' + (int) ((h >>> ((i & 7) * 8)) & 0xff) % 26);
        }
    }

    /** The payload of {@code key} as a string. */
    public static String payload(long key, int version) {
        byte[] out = new byte[PAYLOAD_BYTES];
        payload(key, version, out);
        return new String(out, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Word {@code i mod VOCABULARY} of the vocabulary: three syllables, lower case. */
    public static String word(long i) { return WORDS[(int) Math.floorMod(i, (long) VOCABULARY)]; }

    /** {@code count} words for document {@code key}, space separated, appended to {@code out}. */
    public static StringBuilder document(long key, int count, StringBuilder out) {
        for (int i = 0; i < count; i++) {
            if (i > 0) out.append(' ');
            out.append(word(mix(key * 1_000_003L + i)));
        }
        return out;
    }

    /** A two-word search phrase for query number {@code key}. */
    public static String query(long key) { return word(mix(key)) + " " + word(mix(key + 7)); }

    private static String[] buildWords() {
        String[] words = new String[VOCABULARY];
        int n = SYLLABLES.length;
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = SYLLABLES[i % n] + SYLLABLES[(i / n) % n] + SYLLABLES[(i / (n * n)) % n] + "r";
        }
        return words;
    }
}
