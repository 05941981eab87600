package dev.polyglot.cli;

import dev.polyglot.advisor.Advice;
import dev.polyglot.check.Adr;
import dev.polyglot.check.AdrWriter;
import dev.polyglot.check.Decision;
import dev.polyglot.workloads.WorkloadsFile;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** {@code advise --adr DIR}: the recommendation written as the next ADR of DIR, and one line saying where. */
final class AdrOutput {
    private AdrOutput() {}

    /** @throws UserError (bad input) saying why the ADR could not be written */
    static void write(Path directory, Path workloadsPath, WorkloadsFile workloads, Advice advice, LocalDate today, PrintWriter err) {
        try {
            Optional<Adr> held = AdrWriter.holding(directory, workloadsPath, advice);
            if (held.isPresent()) {
                String status = held.get().frontMatter().map(Decision::of).flatMap(Decision::status).map(Decision.Text::value).orElse("no status");
                err.println("polyglot advise: " + directory + " already holds this decision: " + held.get().displayPath() + " (status: " + status
                        + ") decides " + advice.portfolio().stream().map(Advice.PortfolioEntry::engine).toList()
                        + " for the same workloads file; nothing written");
                return;
            }
            Path adr = AdrWriter.write(directory, workloadsPath, workloads, advice, today);
            err.println("polyglot advise: wrote " + adr + " (status: proposed; set it to accepted and `polyglot check` keeps it true)");
            if (!advice.allServed()) err.println("polyglot advise: the ADR lists the unserved workloads; check will fail until they are served");
        } catch (UncheckedIOException e) {
            throw UserError.badInput("cannot write the ADR in " + directory + ": " + OutputPaths.why(e.getCause()));
        } finally {
            err.flush();
        }
    }
}
