package dev.polyglot.cli;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.bench.Engines;
import dev.polyglot.bench.calibrate.CalibratedCatalog;
import dev.polyglot.bench.calibrate.CalibrationPlan;
import dev.polyglot.bench.calibrate.Calibrator;
import dev.polyglot.bench.calibrate.HostInfo;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.load.RunControl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code polyglot calibrate}: measures on the engines it can reach the figures the model reads, and writes them as a
 * catalog file for {@code --catalog}. Exit 3 when no engine can be reached, 2 for bad arguments.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure the catalog's figures on live engines and write them as a catalog file for --catalog.")
public final class CalibrateCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(names = "--engine", paramLabel = "ID", completionCandidates = EngineAddress.Ids.class,
            description = "One of ${COMPLETION-CANDIDATES}; repeat for several. Default: every one of them that answers.")
    List<String> engines = new ArrayList<>();
    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The catalog file to write.")
    Path output;
    @Option(names = "--quick", description = "Short runs, two repeats, two sizes (under 5 minutes for PostgreSQL, Redis and ClickHouse together).")
    boolean quick;
    @Mixin EngineAddress address;
    @Option(names = "--step", paramLabel = "DURATION", description = "Measured time of each run (default 2s with --quick, else 5s).")
    String step;
    @Option(names = "--repeats", paramLabel = "N", description = "Runs per measured point, 2 to 20 (default 2 with --quick, else 3).")
    Integer repeats;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Engine> chosen;
        CalibrationPlan plan;
        try {
            chosen = chosen();
            plan = plan();
            if (address.url != null && chosen.size() != 1) throw new IllegalArgumentException("--url names one server: give exactly one --engine with it");
            Path parent = output.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) throw new IllegalArgumentException("cannot write " + output + ": no such directory");
        } catch (IllegalArgumentException e) {
            err.println("polyglot calibrate: " + e.getMessage());
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        HostInfo host = HostInfo.current();
        RunControl control = new RunControl();
        int total = chosen.stream().mapToInt(e -> Calibrator.points(e, Catalog.builtIn().require(e.id()), plan)).sum();
        long started = System.nanoTime();
        int[] done = {0};
        Calibrator.Progress progress = (what, measured) -> {
            if (measured) done[0]++;
            double elapsed = (System.nanoTime() - started) / 1e9;
            // Loads and settling passes are not points: their time spreads over the points that follow them.
            double left = done[0] <= 1 ? Double.NaN : elapsed / (done[0] - 1) * Math.max(0, total - done[0] + 1);
            err.println(String.format(Locale.ROOT, "polyglot calibrate: [%d/%d, %.0f s%s] %s", Math.min(done[0], total), total, elapsed,
                    Double.isNaN(left) ? "" : String.format(Locale.ROOT, ", about %.0f s left", left), what));
            err.flush();
        };
        List<Calibrator.EngineCalibration> results = new ArrayList<>();
        for (Engine engine : chosen) {
            try {
                Calibrator calibrator = new Calibrator(engine, address.of(engine), Catalog.builtIn().require(engine.id()), plan, host, control,
                        progress, w -> err.println("polyglot calibrate: warning: " + w));
                results.add(calibrator.run());
            } catch (EngineUnavailableException e) {
                err.println("polyglot calibrate: skipping " + engine + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                err.println("polyglot calibrate: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        if (results.isEmpty()) {
            err.println("polyglot calibrate: no engine could be reached; start one with " + String.join(" or ", chosen.stream().map(Engine::startHint).toList()));
            err.flush();
            return ExitCode.ENVIRONMENT;
        }
        try {
            Files.writeString(output, CalibratedCatalog.yaml(results, Catalog.builtIn(), host, LocalDate.now(ZoneOffset.UTC)));
        } catch (IOException e) {
            err.println("polyglot calibrate: cannot write " + output + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        int figures = results.stream().mapToInt(r -> r.figures().size()).sum();
        out.printf(Locale.ROOT, "wrote %d measured figures for %s to %s in %.0f s (host: %s); use it with --catalog %s%n", figures,
                String.join(", ", results.stream().map(r -> r.engine() + " (" + r.version() + ")").toList()), output,
                (System.nanoTime() - started) / 1e9, host, output);
        out.flush();
        return ExitCode.OK;
    }

    private List<Engine> chosen() {
        if (engines.isEmpty()) return Engines.DRIVERS.stream().map(d -> d.engine()).toList();
        LinkedHashSet<Engine> set = new LinkedHashSet<>();
        engines.forEach(id -> set.add(EngineAddress.engine(id)));
        return List.copyOf(set);
    }

    private CalibrationPlan plan() {
        CalibrationPlan base = quick ? CalibrationPlan.quick() : CalibrationPlan.full();
        return base.with(step == null ? base.step() : DurationText.parse("--step", step), repeats == null ? base.repeats() : repeats);
    }

}
