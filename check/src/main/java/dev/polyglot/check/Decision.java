package dev.polyglot.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The typed view of an ADR's front matter that the workload rules read. A key of the wrong type reads as
 * absent here; the invalid-adr rule reports it.
 *
 * @param status       {@code status:} as written
 * @param date         {@code date:} as written
 * @param workloads    {@code workloads:}, a path relative to the ADR file
 * @param portfolio    {@code portfolio:}, the engine ids as written
 * @param routes       {@code routes:}, workload name to engine id
 * @param supersededBy {@code superseded_by:}, or the successor a {@code status: superseded by ...} names (at the
 *                     status's line): the ADR that replaces this one
 */
public record Decision(Optional<Text> status, Optional<Text> date, Optional<Text> workloads, Optional<Listing> portfolio,
                       Optional<RouteTable> routes, Optional<Text> supersededBy) {

    /** A single value and the line of its key. */
    public record Text(String value, int line) {}

    /** A list of values and the line of its key. */
    public record Listing(int line, List<Text> items) {
        public Listing { items = List.copyOf(items); }

        public List<String> values() { return items.stream().map(Text::value).toList(); }
    }

    /** One declared route: the line is the route's own key line. */
    public record DeclaredRoute(Text workload, Text engine) {}

    public record RouteTable(int line, List<DeclaredRoute> routes) {
        public RouteTable { routes = List.copyOf(routes); }
    }

    public static Decision of(FrontMatter fm) {
        Optional<Text> status = text(fm, "status");
        Optional<Text> successor = text(fm, "superseded_by")
                .or(() -> status.flatMap(s -> AdrStatus.successor(s.value()).map(next -> new Text(next, s.line()))));
        return new Decision(status, text(fm, "date"), text(fm, "workloads"), listing(fm, "portfolio"), routes(fm), successor);
    }

    /** The status as the enum, when it is one. */
    public Optional<AdrStatus> parsedStatus() { return status.flatMap(s -> AdrStatus.parse(s.value())); }

    private static Optional<Text> text(FrontMatter fm, String key) {
        return fm.field(key).flatMap(e -> e.value() instanceof YamlValue.Scalar s && !s.text().isBlank()
                ? Optional.of(new Text(s.text().strip(), e.key().line())) : Optional.empty());
    }

    private static Optional<Listing> listing(FrontMatter fm, String key) {
        return fm.field(key).flatMap(e -> {
            if (!(e.value() instanceof YamlValue.Sequence seq)) return Optional.empty();
            List<Text> items = new ArrayList<>();
            for (YamlValue item : seq.items()) {
                if (item instanceof YamlValue.Scalar s && !s.text().isBlank()) items.add(new Text(s.text().strip(), s.line()));
            }
            return Optional.of(new Listing(e.key().line(), items));
        });
    }

    private static Optional<RouteTable> routes(FrontMatter fm) {
        return fm.field("routes").flatMap(e -> {
            if (!(e.value() instanceof YamlValue.Mapping map)) return Optional.empty();
            List<DeclaredRoute> routes = new ArrayList<>();
            for (YamlValue.Entry route : map.entries()) {
                if (route.value() instanceof YamlValue.Scalar engine && !engine.text().isBlank()) {
                    int line = route.key().line();
                    routes.add(new DeclaredRoute(new Text(route.key().text().strip(), line), new Text(engine.text().strip(), line)));
                }
            }
            return Optional.of(new RouteTable(e.key().line(), routes));
        });
    }
}
