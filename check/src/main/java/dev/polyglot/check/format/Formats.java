package dev.polyglot.check.format;

import java.util.List;
import java.util.Optional;

/** The formats of {@code polyglot check --format}, as the command-line contract lists them. */
public final class Formats {
    private Formats() {}

    public static List<ReportFormat> all() {
        return List.of(new TextFormat(), new JsonFormat(), new SarifFormat(), new GithubFormat(), new JunitFormat());
    }

    public static Optional<ReportFormat> byId(String id) { return all().stream().filter(f -> f.id().equals(id)).findFirst(); }

    public static List<String> ids() { return all().stream().map(ReportFormat::id).toList(); }
}
