package dev.polyglot.bench.engine;

/** Whether an operation reads or writes; each kind gets its own latency histogram. */
public enum OpKind {
    READ, WRITE;

    public String id() { return this == READ ? "read" : "write"; }
}
