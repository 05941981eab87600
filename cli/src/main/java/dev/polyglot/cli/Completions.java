package dev.polyglot.cli;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.check.format.Formats;
import dev.polyglot.cli.advice.AdviceFormat;
import dev.polyglot.workloads.Shape;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The values shell completion offers, written as the user types them (lower case, the ids the commands accept),
 * and listed in {@code --help}. picocli builds each from its no-argument constructor. The engines the bench drives
 * complete from {@link EngineAddress.Ids}.
 */
final class Completions {
    private Completions() {}

    /** {@code advise --format}. */
    static final class AdviceFormats implements Iterable<String> {
        @Override public Iterator<String> iterator() {
            return Arrays.stream(AdviceFormat.Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }

    /** {@code check --format}. */
    static final class CheckFormats implements Iterable<String> {
        @Override public Iterator<String> iterator() { return Formats.ids().iterator(); }
    }

    /** {@code engines --format}. */
    static final class ListingFormats implements Iterable<String> {
        @Override public Iterator<String> iterator() { return List.of("text", "json").iterator(); }
    }

    /** {@code engines ENGINE}: every engine of the built-in catalog. */
    static final class CatalogEngines implements Iterable<String> {
        @Override public Iterator<String> iterator() { return Catalog.builtIn().ids().iterator(); }
    }

    /** {@code bench --shape}. */
    static final class Shapes implements Iterable<String> {
        @Override public Iterator<String> iterator() { return Arrays.stream(Shape.values()).map(Shape::id).iterator(); }
    }
}
