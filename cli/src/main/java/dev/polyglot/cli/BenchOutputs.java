package dev.polyglot.cli;

import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.bench.report.HtmlReport;
import dev.polyglot.bench.report.ResultsJson;
import dev.polyglot.bench.report.ResultsTable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.HdrHistogram.HistogramLogWriter;

/** The writers of a bench session's results: the table on standard output, then {@code --html} and {@code --json}. */
record BenchOutputs(BenchOptions.Outputs outputs, PrintWriter out, PrintWriter err) {
    /** Writes every output asked for; {@link ExitCode#OK}, or {@link ExitCode#BAD_INPUT} after saying which file could not be written. */
    int write(List<BenchResult> results) {
        if (!results.isEmpty()) {
            out.print(ResultsTable.render(results));
            out.flush();
        }
        if (outputs.html().isPresent()) {
            try {
                Files.writeString(outputs.html().get(), HtmlReport.render(results));
            } catch (IOException e) {
                return cannotWrite(outputs.html().get(), e);
            }
        }
        if (outputs.json().isPresent()) {
            try {
                ResultsJson.write(results, outputs.json().get());
            } catch (IOException e) {
                return cannotWrite(outputs.json().get(), e);
            }
        }
        return ExitCode.OK;
    }

    private int cannotWrite(Path file, IOException e) {
        err.println("polyglot bench: cannot write " + file + ": " + e.getMessage());
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /** The optional {@code --hlog} writer, closed with the run. */
    record Hlog(Optional<PrintStream> stream, Optional<HistogramLogWriter> writer) implements AutoCloseable {
        /** Opens the file and writes the log's header (format version, start time, legend) once for every run. */
        static Hlog open(Optional<Path> path) throws IOException {
            if (path.isEmpty()) return new Hlog(Optional.empty(), Optional.empty());
            PrintStream stream = new PrintStream(Files.newOutputStream(path.get()), false, "US-ASCII");
            HistogramLogWriter writer = new HistogramLogWriter(stream);
            writer.outputLogFormatVersion();
            writer.outputStartTime(System.currentTimeMillis());
            writer.outputLegend();
            return new Hlog(Optional.of(stream), Optional.of(writer));
        }

        @Override public void close() { stream.ifPresent(PrintStream::close); }
    }
}
