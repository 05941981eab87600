package dev.polyglot.bench.load;

/** Receives each one-second interval as it closes: the live progress line, the .hlog. Called from one thread. */
public interface ProgressSink {
    /**
     * @param sample       the interval's figures
     * @param secondsLeft  seconds until the planned end, 0 or more
     */
    void interval(IntervalSample sample, long secondsLeft);

    /** Called once after the last interval. */
    default void finish() {}

    ProgressSink NONE = (sample, left) -> {};
}
