package dev.polyglot.advisor.catalog;

import dev.polyglot.workloads.Problem;
import dev.polyglot.workloads.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads catalog YAML: the built-in resource, optionally with a user's file merged over it
 * ({@code --catalog FILE}: same form; an engine with a known id overrides the fields it names, a new id adds
 * an engine). Validated strictly, every problem reported as {@code FILE:LINE:COLUMN: message}.
 */
public final class CatalogReader {
    /** The resource path of the built-in catalog. */
    public static final String RESOURCE = "/dev/polyglot/advisor/catalog.yml";
    /** Files over this size are refused before parsing, bytes. */
    public static final long MAX_BYTES = 10_000_000;

    private CatalogReader() {}

    public static CatalogOutcome builtIn() { return read(List.of(builtInLayer())); }

    /** The built-in catalog with {@code overrides} merged over it. */
    public static CatalogOutcome withOverrides(Path overrides) {
        String name = overrides.toString();
        try {
            if (Files.size(overrides) > MAX_BYTES) return rejected(name, "the catalog file is over " + MAX_BYTES / 1_000_000 + " MB");
            return read(List.of(builtInLayer(), new Layer(name, Files.readString(overrides, StandardCharsets.UTF_8))));
        } catch (IOException | java.io.UncheckedIOException e) {
            return rejected(name, "cannot read the catalog file: " + e.getMessage());
        }
    }

    /** A named text of catalog YAML. */
    public record Layer(String name, String text) {}

    /** Reads the layers in order, each merged over the ones before. */
    public static CatalogOutcome read(List<Layer> layers) {
        YamlNodes nodes = new YamlNodes();
        Optional<MappingNode> merged = Optional.empty();
        for (Layer layer : layers) {
            Optional<MappingNode> root = parse(layer, nodes);
            if (root.isEmpty()) continue;
            merged = Optional.of(merged.map(base -> CatalogMerge.merge(base, root.get(), nodes)).orElse(root.get()));
        }
        if (!nodes.problems().isEmpty()) return new CatalogOutcome.Rejected(nodes.problems());
        if (merged.isEmpty()) return rejected(layers.isEmpty() ? "catalog" : layers.get(0).name(), "the catalog is empty");
        Optional<Catalog> catalog = new CatalogValidator(nodes).catalog(merged.get());
        if (!nodes.problems().isEmpty() || catalog.isEmpty()) return new CatalogOutcome.Rejected(nodes.problems());
        return new CatalogOutcome.Loaded(catalog.get());
    }

    private static Optional<MappingNode> parse(Layer layer, YamlNodes nodes) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(100);
        options.setCodePointLimit((int) MAX_BYTES);
        try (Reader reader = new StringReader(layer.text())) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                nodes.add(new Problem(layer.name(), SourcePosition.UNKNOWN, "the catalog file is empty"));
                return Optional.empty();
            }
            nodes.adopt(root, layer.name());
            return nodes.mapping(root, "the catalog");
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            SourcePosition at = mark == null ? SourcePosition.UNKNOWN : new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
            nodes.add(new Problem(layer.name(), at, "invalid YAML: " + e.getProblem()));
        } catch (YAMLException | IOException e) {
            nodes.add(new Problem(layer.name(), SourcePosition.UNKNOWN, "invalid YAML: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static CatalogOutcome rejected(String file, String message) {
        return new CatalogOutcome.Rejected(List.of(new Problem(file, SourcePosition.UNKNOWN, message)));
    }

    /** Loads the built-in resource text. */
    static Layer builtInLayer() {
        try (InputStream in = CatalogReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + RESOURCE);
            return new Layer("catalog.yml (built-in)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
