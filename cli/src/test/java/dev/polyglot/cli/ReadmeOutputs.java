package dev.polyglot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's pasted outputs, regenerated from the real command line. Each is a fenced block right after a marker
 * line {@code <!-- output: COMMAND -->}, where COMMAND is
 * <ul>
 *   <li>{@code polyglot ARGS}: the block is {@code $ ./polyglot ARGS}, what it printed (standard output, then
 *       standard error) and {@code (exit N)};</li>
 *   <li>{@code polyglot ARGS | head -N}: the first N lines of standard output, as that shell pipeline prints them;</li>
 *   <li>{@code cat FILE}: the file, as {@code cat} shows it;</li>
 *   <li>{@code only polyglot ARGS}: standard output alone, for blocks GitHub renders (a {@code mermaid} block).</li>
 * </ul>
 * Commands run in-process from the {@code cli} module, so repository paths in arguments get {@code ../} and lose it
 * again in what is printed: the block reads as if run at the repository root, as the README says.
 * {@code scripts/readme-outputs.sh} rewrites the blocks (through {@code ReadmeTest} with {@code -Dreadme.update=true});
 * {@code ReadmeTest} fails when one differs.
 */
final class ReadmeOutputs {
    static final Path README = Path.of("..", "README.md");
    private static final Pattern MARKER = Pattern.compile("<!-- output: (.+?) -->");
    private static final List<String> REPOSITORY_DIRS = List.of("examples/", "docs/", "schemas/");

    /** One marked block: where it is in the README, what it holds and what the command prints now. */
    record Block(String command, int line, String written, String generated) {}

    private ReadmeOutputs() {}

    /** Every marked block of {@code text}, in order. */
    static List<Block> blocks(String text) {
        List<String> lines = text.lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i).strip());
            if (!m.matches()) continue;
            if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
                throw new IllegalStateException("README line " + (i + 1) + ": the marker must be followed by a fenced block");
            }
            int end = i + 2;
            while (end < lines.size() && !lines.get(end).equals("```")) end++;
            String written = String.join("\n", lines.subList(i + 2, end)) + "\n";
            blocks.add(new Block(m.group(1), i + 1, written, generate(m.group(1))));
            i = end;
        }
        return blocks;
    }

    /** {@code text} with every marked block replaced by what its command prints now. */
    static String regenerated(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            Matcher m = MARKER.matcher(lines.get(i).strip());
            if (!m.matches()) continue;
            out.add(lines.get(i + 1));  // the opening fence, with its language
            int end = i + 2;
            while (end < lines.size() && !lines.get(end).equals("```")) end++;
            out.addAll(generate(m.group(1)).lines().toList());
            out.add("```");
            i = end;
        }
        return String.join("\n", out) + "\n";
    }

    static String generate(String command) {
        if (command.startsWith("cat ")) {
            String file = command.substring(4).strip();
            return "$ " + command + "\n" + read(Path.of("..").resolve(file));
        }
        boolean only = command.startsWith("only ");
        String shell = only ? command.substring(5) : command;
        String[] pipeline = shell.split(" \\| ");
        if (!pipeline[0].startsWith("polyglot ")) throw new IllegalArgumentException("not a polyglot command: " + command);
        CliRun cli = new CliRun();
        int exit = cli.run(arguments(pipeline[0].substring("polyglot ".length())));
        String printed = atRoot(cli.out.toString());
        if (only) return printed;
        String prompt = "$ ./" + shell + "\n";
        if (pipeline.length == 2 && pipeline[1].matches("head -\\d+")) {
            int n = Integer.parseInt(pipeline[1].substring("head -".length()));
            return prompt + String.join("\n", printed.lines().limit(n).toList()) + "\n";
        }
        if (pipeline.length != 1) throw new IllegalArgumentException("only '| head -N' may follow the command: " + command);
        return prompt + printed + atRoot(cli.err.toString()) + "(exit " + exit + ")\n";
    }

    /** Splits like a shell: spaces separate, double quotes group. */
    static String[] arguments(String text) {
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(text);
        while (m.find()) args.add(m.group(1) != null ? m.group(1) : m.group(2));
        return args.stream().map(a -> REPOSITORY_DIRS.stream().anyMatch(a::startsWith) ? "../" + a : a).toArray(String[]::new);
    }

    private static String atRoot(String printed) {
        // check names an ADR outside its working directory (cli/) by its absolute path: the clone's own location.
        String out = printed.replace(Path.of("..").toAbsolutePath().normalize() + "/", "");
        for (String dir : REPOSITORY_DIRS) out = out.replace("../" + dir, dir);
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
