package dev.polyglot.advisor;

import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.util.Optional;
import java.util.Set;

/**
 * The one advisor behind {@code advise} and {@code check}, so the two never disagree.
 * Engine ids given to it may be any spelling the catalog accepts (aliases included).
 */
public interface Advisor {
    /** The smallest portfolio that serves every workload of the file, with routes, growth and sync. */
    Advice advise(WorkloadsFile file);

    /** Whether {@code engine} alone can serve {@code workload} under the file's constraints. */
    Verdict evaluate(WorkloadsFile file, Workload workload, String engine);

    /** The best route for each workload using only {@code engines}, and what they leave unserved. */
    Assessment assess(WorkloadsFile file, Set<String> engines);

    /** The canonical id for an engine id or alias the catalog knows (case and separators tolerated). */
    Optional<String> canonicalEngineId(String text);

    /** Every canonical engine id of the catalog, for "did you mean" suggestions. */
    Set<String> engineIds();
}
