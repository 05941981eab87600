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
    /** Prefix of a group token: vocabulary words are letters only, a token is this prefix and digits. */
    static final String GROUP_PREFIX = "grp";
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

    /**
     * The word every document of full-text group {@code group} (0 or more) holds: {@value #GROUP_PREFIX} and the group's
     * number in decimal. No vocabulary word (letters only) equals it, and every engine's tokenizer keeps it whole, unstemmed and
     * not a stop word (checked against PostgreSQL's {@code to_tsvector('english', ...)}, a {@code numword} kept as is;
     * OpenSearch's {@code english} analyzer, one {@code <ALPHANUM>} token; InnoDB FULLTEXT, 4 characters or more against its
     * minimum of 3).
     */
    public static String groupToken(long group) {
        if (group < 0) throw new IllegalArgumentException("a group is 0 or more, was " + group);
        return GROUP_PREFIX + group;
    }

    /** Groups of {@code rowsPerQuery} documents among {@code records}: {@code ceil(records / rowsPerQuery)}, the last maybe smaller. */
    public static long searchGroups(long records, long rowsPerQuery) { return (records + rowsPerQuery - 1) / rowsPerQuery; }

    /**
     * The body of full-text document {@code key}: its group's token ({@code key / rowsPerQuery}) then
     * {@link #BODY_WORDS} words of {@code bodyKey} ({@code key} when loaded; an upsert passes another to change the words
     * while the document keeps its group, so a search's match count stays).
     */
    public static String searchBody(long key, long bodyKey, long rowsPerQuery) {
        StringBuilder out = new StringBuilder(GROUP_PREFIX.length() + 12 + 5 * BODY_WORDS).append(groupToken(key / rowsPerQuery)).append(' ');
        return document(bodyKey, BODY_WORDS, out).toString();
    }

    /**
     * What search number {@code key} looks for: the token of one group, uniform over the {@link #searchGroups} of
     * {@code records}, so it matches {@code rowsPerQuery} documents (the last group's remainder when it picks that one).
     */
    public static String searchToken(long key, long records, long rowsPerQuery) {
        return groupToken(Math.floorMod(mix(key), searchGroups(records, rowsPerQuery)));
    }

    private static String[] buildWords() {
        String[] words = new String[VOCABULARY];
        int n = SYLLABLES.length;
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = SYLLABLES[i % n] + SYLLABLES[(i / n) % n] + SYLLABLES[(i / (n * n)) % n] + "r";
        }
        return words;
    }
}
