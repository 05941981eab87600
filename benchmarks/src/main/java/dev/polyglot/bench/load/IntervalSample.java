package dev.polyglot.bench.load;

/**
 * One second of a run, for the progress line, the HTML series and the warm-up cut.
 *
 * @param second   seconds since the run's start at the interval's end, 1 or more
 * @param warmup   true when the interval fell in the warm-up and is left out of the results
 * @param ops      operations completed in the interval
 * @param p50Ms    median response time in milliseconds
 * @param p99Ms    p99 response time in milliseconds
 * @param errors   failed operations in the interval
 * @param lagP50Ms median schedule lag in milliseconds (how late operations started)
 */
public record IntervalSample(long second, boolean warmup, long ops, double p50Ms, double p99Ms, long errors, double lagP50Ms) {}
