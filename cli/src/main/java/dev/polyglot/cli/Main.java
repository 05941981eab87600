package dev.polyglot.cli;

/** Entry point of the {@code polyglot} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(CommandLineFactory.create().execute(args));
    }
}
