package dev.polyglot.bench.engine;

/**
 * What a data set in the bench's namespace was loaded as; a run reuses a kept data set only when it matches exactly.
 *
 * @param shape   the shape id
 * @param records records loaded
 * @param version {@link DatasetSpec#LAYOUT_VERSION} at load time with the rows per query folded in ({@link DatasetSpec#manifest})
 */
public record Manifest(String shape, long records, int version) {}
