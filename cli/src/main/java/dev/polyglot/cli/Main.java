package dev.polyglot.cli;

/**
 * Entry point of the {@code polyglot} command line. Everything runs on this thread: the built-in catalog comes from
 * generated code in about 10 ms, too little to be worth overlapping with picocli's start-up on a second one.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(CommandLineFactory.forArguments(args).execute(args));
    }
}
