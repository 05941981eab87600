package dev.polyglot.workloads;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns YAML text into SnakeYAML's node tree (composed, never constructed, so no object is built from tags and
 * every value keeps its line and column), refusing hostile input with a clear message: alias bombs, nesting
 * deeper than {@value #MAX_NESTING} levels, more than {@value #MAX_CODE_POINTS} characters.
 */
final class YamlDocument {
    /** Deepest nesting of maps and lists accepted; a workloads file needs 4. */
    static final int MAX_NESTING = 100;
    /** Most aliases to maps or lists accepted; enough for sharing a few blocks, far too few for a bomb. */
    static final int MAX_COLLECTION_ALIASES = 50;
    /** Most characters accepted, matching the 10 MB file limit. */
    static final int MAX_CODE_POINTS = 10_000_000;

    private YamlDocument() {}

    /**
     * Longest run of characters without a blank or a YAML delimiter accepted. SnakeYAML's scanner copies its look-ahead
     * window for every 1,024 characters of one token, so a 10 MB token would take minutes; no real value is this long.
     */
    static final int MAX_TOKEN = 10_000;

    /** The root node, or empty with the reason added to {@code problems}. An empty document is a problem. */
    static Optional<Node> compose(String text, Problems problems) {
        Optional<SourcePosition> longToken = firstTokenLongerThan(text, MAX_TOKEN);
        if (longToken.isPresent()) {
            problems.at(longToken.get(), "refused: more than " + MAX_TOKEN + " characters without a space; no workloads value is that long");
            return Optional.empty();
        }
        try {
            Node root = composeNode(text);
            if (root == null) {
                problems.at(SourcePosition.UNKNOWN, "the file is empty; expected a map with 'version: 1' and 'workloads'");
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.at(Problems.position(mark), "not valid YAML: " + describe(e));
        } catch (ReaderException e) {
            problems.at(positionOfCodePoint(text, e.getPosition()),
                    String.format("not valid YAML: the character U+%04X cannot appear in a YAML file", e.getCodePoint()));
        } catch (YAMLException e) {
            refuseHostile(text, e, problems);
        } catch (RuntimeException | StackOverflowError e) {
            // The parser promises only YAMLException; anything else is still the input's fault, never a crash.
            problems.at(SourcePosition.UNKNOWN, "not valid YAML: " + e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    /**
     * The node tree of {@code text}: what {@code new Yaml(options).compose(reader)} does, without building the Yaml
     * facade's constructor and representer, which nothing here uses and which took a short command about 30 ms.
     */
    private static Node composeNode(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options).getSingleNode();
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
        if (problem.startsWith("but found another document")) {
            return "a workloads file holds one YAML document, but a second one starts here ('---')";
        }
        return e.getContext() == null ? problem : problem + " (" + e.getContext() + ")";
    }

    private static void refuseHostile(String text, YAMLException e, Problems problems) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Nesting Depth")) {
            problems.at(firstEventDeeperThan(text, MAX_NESTING),
                    "refused: the document is nested deeper than " + MAX_NESTING + " levels");
        } else if (message.contains("aliases")) {
            problems.at(aliasNumber(text, MAX_COLLECTION_ALIASES + 1),
                    "refused: more than " + MAX_COLLECTION_ALIASES + " aliases to maps or lists (a YAML alias bomb?)");
        } else if (message.contains("exceeds the limit")) {
            problems.at(SourcePosition.UNKNOWN, "refused: the file is larger than " + MAX_CODE_POINTS + " characters");
        } else {
            problems.at(SourcePosition.UNKNOWN, "not valid YAML: " + message);
        }
    }

    /** Where nesting first goes past {@code limit}, found by a flat pass over the events (no tree is built). */
    private static SourcePosition firstEventDeeperThan(String text, int limit) {
        int depth = 0;
        try {
            for (Event event : new Yaml().parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent && ++depth > limit) return Problems.position(event.getStartMark());
                if (event instanceof CollectionEndEvent) depth--;
            }
        } catch (YAMLException e) {
            // The position is a courtesy; the refusal stands without it.
        }
        return SourcePosition.UNKNOWN;
    }

    /** Where the {@code n}th alias to a map or list stands. */
    private static SourcePosition aliasNumber(String text, int n) {
        Set<String> collectionAnchors = new HashSet<>();
        int seen = 0;
        try {
            for (Event event : new Yaml().parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent start && start.getAnchor() != null) collectionAnchors.add(start.getAnchor());
                if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor()) && ++seen >= n) {
                    return Problems.position(event.getStartMark());
                }
            }
        } catch (YAMLException e) {
            // As above: keep the refusal, lose only the position.
        }
        return SourcePosition.UNKNOWN;
    }

    /** Where the first run of more than {@code limit} characters without a blank or delimiter starts, in one pass. */
    static Optional<SourcePosition> firstTokenLongerThan(String text, int limit) {
        int line = 1;
        int lineStart = 0;
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') { line++; lineStart = i + 1; }
            if (c <= ' ' || ",[]{}:\"'#".indexOf(c) >= 0) runStart = i + 1;
            else if (i - runStart >= limit) return Optional.of(new SourcePosition(line, runStart - lineStart + 1));
        }
        return Optional.empty();
    }

    private static SourcePosition positionOfCodePoint(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; i += Character.charCount(text.codePointAt(i)), index++) {
            if (text.charAt(i) == '\n') { line++; column = 1; } else column++;
        }
        return new SourcePosition(line, column);
    }
}
