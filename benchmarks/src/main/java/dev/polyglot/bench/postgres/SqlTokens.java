package dev.polyglot.bench.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text as PostgreSQL's {@code pg_stat_statements} (or ClickHouse's query log) shows it into tokens, so
 * the analysis reads structure rather than matching keywords inside strings, comments or identifiers. Knows what
 * normalised text holds: {@code $1} parameters, quoted identifiers, {@code '..'} strings (with {@code ''}),
 * dollar quoting, {@code --} and nested {@code /* *}{@code /} comments, and multi-character operators such as
 * {@code <->}, {@code @@} and {@code ::}. Words are lowercased; quoted identifiers keep their case.
 */
final class SqlTokens {
    /** What a token is. */
    enum Kind { WORD, QUOTED, STRING, NUMBER, PARAM, OP, PUNCT }

    /** One token; {@code depth} is the parenthesis depth it sits at (0 outside any parenthesis). */
    record Token(Kind kind, String text, int depth) {
        boolean is(String word) { return kind == Kind.WORD && text.equals(word); }

        boolean isOp(String op) { return kind == Kind.OP && text.equals(op); }

        boolean isPunct(String p) { return kind == Kind.PUNCT && text.equals(p); }

        /** A name: a word or a quoted identifier. */
        boolean name() { return kind == Kind.WORD || kind == Kind.QUOTED; }
    }

    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

    private SqlTokens() {}

    static List<Token> of(String sql) {
        List<Token> out = new ArrayList<>();
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = skipBlockComment(sql, i);
            } else if (c == '\'') {
                int end = quoted(sql, i, '\'');
                out.add(new Token(Kind.STRING, sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("''", "'"), depth));
                i = end;
            } else if (c == '"') {
                int end = quoted(sql, i, '"');
                out.add(new Token(Kind.QUOTED, sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\""), depth));
                i = end;
            } else if (c == '$' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isDigit(sql.charAt(end))) end++;
                out.add(new Token(Kind.PARAM, sql.substring(i, end), depth));
                i = end;
            } else if (c == '$') {
                i = dollarQuoted(sql, i, depth, out);
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) end++;
                out.add(new Token(Kind.NUMBER, sql.substring(i, end), depth));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) end++;
                out.add(new Token(Kind.WORD, sql.substring(i, end).toLowerCase(Locale.ROOT), depth));
                i = end;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                out.add(new Token(Kind.PUNCT, "::", depth));
                i += 2;
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                int end = i;
                while (end < n && OPERATOR_CHARS.indexOf(sql.charAt(end)) >= 0
                        && !(sql.startsWith("--", end) || sql.startsWith("/*", end))) end++;
                out.add(new Token(Kind.OP, sql.substring(i, Math.max(end, i + 1)), depth));
                i = Math.max(end, i + 1);
            } else {
                if (c == ')') depth = Math.max(0, depth - 1);
                out.add(new Token(Kind.PUNCT, String.valueOf(c), depth));
                if (c == '(') depth++;
                i++;
            }
        }
        return List.copyOf(out);
    }

    /** The index just past a quoted run starting at {@code start}, doubled quotes included; the text's end when unclosed. */
    private static int quoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) i += 2;
                else return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int skipBlockComment(String sql, int start) {
        int nesting = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) { nesting++; i += 2; }
            else if (sql.startsWith("*/", i)) { nesting--; i += 2; if (nesting == 0) return i; }
            else i++;
        }
        return i;
    }

    /** {@code $tag$ ... $tag$} as one STRING; a lone {@code $} as an operator. */
    private static int dollarQuoted(String sql, int start, int depth, List<Token> out) {
        int close = sql.indexOf('$', start + 1);
        String tag = close < 0 ? "" : sql.substring(start, close + 1);
        if (close < 0 || !tag.substring(1, tag.length() - 1).chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
            out.add(new Token(Kind.OP, "$", depth));
            return start + 1;
        }
        int end = sql.indexOf(tag, close + 1);
        int stop = end < 0 ? sql.length() : end;
        out.add(new Token(Kind.STRING, sql.substring(close + 1, stop), depth));
        return end < 0 ? sql.length() : end + tag.length();
    }
}
