package dev.polyglot.advisor.catalog;

import dev.polyglot.workloads.Identifiers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engines the advisor may choose from, in catalog order (the order is the last, deterministic tie-break),
 * with lookup by id or alias.
 */
public final class Catalog {
    private final List<EngineSpec> engines;
    private final Map<String, EngineSpec> byId = new LinkedHashMap<>();
    private final Map<String, String> canonical = new HashMap<>();

    /** @throws IllegalArgumentException when two engines share an id or an alias */
    public Catalog(List<EngineSpec> engines) {
        this.engines = List.copyOf(engines);
        for (EngineSpec e : this.engines) {
            if (byId.put(e.id(), e) != null) throw new IllegalArgumentException("engine id '" + e.id() + "' appears twice");
        }
        for (EngineSpec e : this.engines) {
            canonical.put(e.id(), e.id());
            for (String alias : e.aliases()) {
                String key = Identifiers.normalize(alias);
                String previous = canonical.putIfAbsent(key, e.id());
                if (previous != null && !previous.equals(e.id())) {
                    throw new IllegalArgumentException("alias '" + alias + "' names both " + previous + " and " + e.id());
                }
            }
        }
    }

    /**
     * The catalog shipped in the jar: catalog.yml as the build validated it, built from generated constructor calls
     * ({@link BuiltInEngines}) rather than parsed at start-up, which took a short command about 200 ms of CPU.
     */
    public static Catalog builtIn() { return BuiltIn.CATALOG; }

    public List<EngineSpec> engines() { return engines; }

    public int size() { return engines.size(); }

    /** The canonical id for an id or alias, matched case-insensitively with spaces and underscores as hyphens. */
    public Optional<String> canonical(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        return Optional.ofNullable(canonical.get(Identifiers.normalize(text)));
    }

    public Optional<EngineSpec> engine(String idOrAlias) { return canonical(idOrAlias).map(byId::get); }

    /** The engine with this canonical id. @throws IllegalArgumentException when the catalog does not have it */
    public EngineSpec require(String id) {
        EngineSpec e = byId.get(id);
        if (e == null) throw new IllegalArgumentException("no engine '" + id + "' in the catalog");
        return e;
    }

    public List<String> ids() { return new ArrayList<>(byId.keySet()); }

    private static final class BuiltIn {
        static final Catalog CATALOG = new Catalog(BuiltInEngines.all());
    }
}
