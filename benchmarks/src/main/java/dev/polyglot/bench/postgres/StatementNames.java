package dev.polyglot.bench.postgres;

import dev.polyglot.bench.profile.QueryText;
import dev.polyglot.bench.profile.DraftYaml;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short readable workload name for a normalized SQL statement, from its verb, first table, filtered columns,
 * grouping and order: {@code SELECT balance FROM app.accounts WHERE id = $1} becomes {@code select accounts by id}.
 * Schema qualifiers are left out (the scope names the schema); a statement whose table cannot be found keeps its
 * own text, shortened. At most {@link #MAX} characters; {@link DraftYaml} numbers repeats.
 */
final class StatementNames {
    /** Longest name, in characters. */
    static final int MAX = 80;

    private static final Pattern VERB = Pattern.compile("^\\s*(?:/\\*.*?\\*/\\s*)*\\(*\\s*(select|insert|update|delete|merge)\\b", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|into|update|join)\\s+((?:\"[^\"]+\"|\\w+)(?:\\.(?:\"[^\"]+\"|\\w+))?)");
    private static final Pattern WHERE = Pattern.compile("\\bwhere\\b(.*?)(?=\\bgroup\\s+by\\b|\\border\\s+by\\b|\\blimit\\b|\\breturning\\b|$)", Pattern.DOTALL);
    private static final Pattern FILTERED = Pattern.compile("([a-z_][\\w.\"]*)\\s*(?:=|<>|!=|<=|>=|<|>|\\bin\\b|\\bbetween\\b|\\blike\\b|\\bilike\\b|@@|<->)");
    private static final Pattern GROUP = Pattern.compile("\\bgroup\\s+by\\s+(.*?)(?=\\bhaving\\b|\\border\\s+by\\b|\\blimit\\b|$)", Pattern.DOTALL);
    private static final Pattern ORDER = Pattern.compile("\\border\\s+by\\s+(.*?)(?=\\blimit\\b|\\boffset\\b|\\bfor\\b|$)", Pattern.DOTALL);

    private StatementNames() {}

    static String of(String sql) {
        String s = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        Matcher verb = VERB.matcher(s);
        Matcher table = TABLE.matcher(s);
        if (!verb.find() || !table.find()) return QueryText.oneLine(sql, MAX);
        StringBuilder name = new StringBuilder(verb.group(1)).append(' ').append(unqualified(table.group(1)));
        Matcher where = WHERE.matcher(s);
        if (where.find()) {
            Set<String> columns = new LinkedHashSet<>();
            Matcher f = FILTERED.matcher(where.group(1));
            while (f.find()) columns.add(unqualified(f.group(1)));
            if (!columns.isEmpty()) name.append(" by ").append(String.join(", ", columns));
        }
        clause(GROUP, s).ifPresent(g -> name.append(" group by ").append(g));
        clause(ORDER, s).ifPresent(o -> name.append(" order by ").append(o));
        return QueryText.oneLine(name.toString(), MAX);
    }

    private static Optional<String> clause(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() && !m.group(1).isBlank() ? Optional.of(unqualifiedAll(m.group(1).strip())) : Optional.empty();
    }

    /** {@code schema.table} or {@code t.column} without its qualifier and quotes. */
    private static String unqualified(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.replace("\"", "");
    }

    private static String unqualifiedAll(String text) {
        return text.replaceAll("\\b\\w+\\.(?=\\w)", "").replace("\"", "");
    }
}
