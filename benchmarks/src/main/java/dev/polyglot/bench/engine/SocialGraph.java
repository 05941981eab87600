package dev.polyglot.bench.engine;

/**
 * The synthetic social graph every graph binding loads, so one walk at one depth can be measured on each engine:
 * people {@code 0..people-1}, each following {@link #fanOut} others. Person {@code s}'s follows are a run of consecutive
 * ids starting at a place drawn from {@code s}'s hash, so the graph is a function of its size, has no self-follow and
 * no repeated edge, and a walk fans out about {@code fanOut^hops} wide until it covers the graph.
 */
public final class SocialGraph {
    private SocialGraph() {}

    /** Follows per person in a graph big enough for them. */
    public static final int FAN_OUT = 10;

    /** Follows per person: {@value #FAN_OUT}, fewer in a graph of fewer than 11 people (0 for one person). */
    public static int fanOut(long people) { return (int) Math.min(FAN_OUT, Math.max(0, people - 1)); }

    /** Edges of a graph of {@code people}. */
    public static long edges(long people) { return people * fanOut(people); }

    /** The follower of edge {@code edge} (0 to {@code edges(people) - 1}). */
    public static long source(long edge, long people) { return edge / fanOut(people); }

    /** The person edge {@code edge} follows: never its source, never the same for two edges of one source. */
    public static long target(long edge, long people) {
        int f = fanOut(people);
        long s = edge / f;
        long start = Math.floorMod(SyntheticData.mix(s), people - 1);
        return (s + 1 + (start + edge % f) % (people - 1)) % people;
    }

    /** Someone other than {@code person} (when there is anyone) for a new follow, drawn from {@code seq}. */
    public static long someoneElse(long person, long seq, long people) {
        if (people < 2) return person;
        return (person + 1 + Math.floorMod(SyntheticData.mix(person * 31 + seq), people - 1)) % people;
    }
}
