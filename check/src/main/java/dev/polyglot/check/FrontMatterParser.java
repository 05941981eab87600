package dev.polyglot.check;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Finds the YAML front matter at the top of a Markdown file and composes it into positioned values.
 * SnakeYAML's node graph is used (not a data binding) because every finding must name the line of its key.
 */
final class FrontMatterParser {
    /** Front matter is a few lines; anything deeper is a mistake or an attack. */
    private static final int MAX_DEPTH = 20;
    /** Aliases are never needed in front matter; a handful is tolerated, a "billion laughs" is not. */
    private static final int MAX_ALIASES = 10;
    /** A top-level line giving one of polyglot's keys, found even when the YAML around it does not parse. */
    private static final java.util.regex.Pattern POLYGLOT_KEY = java.util.regex.Pattern.compile(
            "[\"']?(" + String.join("|", FrontMatter.POLYGLOT_KEYS) + ")[\"']?\\s*:");

    private FrontMatterParser() {}

    /** Reads the front matter of {@code lines} (the whole file, without line ends). */
    static FrontMatterBlock parse(List<String> lines) {
        if (lines.isEmpty() || !isFence(stripBom(lines.get(0)))) return new FrontMatterBlock.Absent();
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (isFence(lines.get(i)) || lines.get(i).strip().equals("...")) { close = i; break; }
        }
        boolean polyglot = lines.subList(1, close < 0 ? lines.size() : close).stream().anyMatch(l -> POLYGLOT_KEY.matcher(l).lookingAt());
        if (close < 0) return new FrontMatterBlock.Broken(1, "front matter opened with '---' on line 1 is never closed; end it with a line '---'", polyglot);
        String yaml = String.join("\n", lines.subList(1, close));
        int firstYamlLine = 2;
        try {
            Node root = yaml().compose(new StringReader(yaml));
            if (root == null) return new FrontMatterBlock.Present(new FrontMatter(1, List.of()));
            YamlValue value = convert(root, firstYamlLine, 0);
            if (!(value instanceof YamlValue.Mapping mapping)) {
                return new FrontMatterBlock.Broken(value.line(), "front matter must be a map of keys (status:, date:, ...), found " + value.kind(), polyglot);
            }
            return new FrontMatterBlock.Present(new FrontMatter(1, mapping.entries()));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + firstYamlLine;
            return new FrontMatterBlock.Broken(line, "front matter is not valid YAML: " + e.getProblem(), polyglot);
        } catch (YAMLException | TooDeep e) {
            return new FrontMatterBlock.Broken(1, "front matter is not valid YAML: " + e.getMessage(), polyglot);
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(1_000_000);
        options.setAllowDuplicateKeys(true); // reported as a finding by the invalid-adr rule, with its line
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options);
    }

    private static YamlValue convert(Node node, int offset, int depth) {
        if (depth > MAX_DEPTH) throw new TooDeep();
        int line = node.getStartMark().getLine() + offset;
        if (node instanceof ScalarNode s) return new YamlValue.Scalar(s.getValue(), line);
        if (node instanceof SequenceNode s) {
            List<YamlValue> items = new ArrayList<>();
            for (Node item : s.getValue()) items.add(convert(item, offset, depth + 1));
            return new YamlValue.Sequence(items, line);
        }
        if (node instanceof MappingNode m) {
            List<YamlValue.Entry> entries = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                YamlValue key = convert(t.getKeyNode(), offset, depth + 1);
                YamlValue.Scalar scalarKey = key instanceof YamlValue.Scalar s ? s : new YamlValue.Scalar(key.kind(), key.line());
                entries.add(new YamlValue.Entry(scalarKey, convert(t.getValueNode(), offset, depth + 1)));
            }
            return new YamlValue.Mapping(entries, line);
        }
        throw new YAMLException("unsupported YAML node " + node.getNodeId());
    }

    private static boolean isFence(String line) { return line.strip().equals("---"); }

    private static String stripBom(String line) { return line.startsWith("\uFEFF") ? line.substring(1) : line; }

    /** A node graph deeper than {@link #MAX_DEPTH} (a recursive alias, say). */
    private static final class TooDeep extends RuntimeException {
        TooDeep() { super("front matter nests deeper than " + MAX_DEPTH + " levels"); }
    }
}
