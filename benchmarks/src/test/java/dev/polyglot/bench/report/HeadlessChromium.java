package dev.polyglot.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} run headless on a local file: a screenshot or the DOM after rendering. Nothing is
 * fetched (no network services, no first-run or sync), and each call gets a fresh profile under {@code work}.
 * Scripts run, timers included, for up to {@link #SCRIPT_BUDGET_MS} of virtual time before the capture. Shared
 * with the cli's tests (the advise diagram and report) through the benchmarks test jar.
 */
public final class HeadlessChromium {
    /** How long one render may take before the test gives up, in seconds (a cold start on a busy 2-core machine). */
    static final long TIMEOUT_SECONDS = 90;
    /** Virtual time a page's scripts get before the DOM or screenshot is taken, in milliseconds. */
    static final long SCRIPT_BUDGET_MS = 20_000;
    public static final String INSTALL_HINT = "headless chromium is needed to check the HTML report; install it with "
            + "`scripts/engines.sh browser` (scripts/test.sh and CI do)";

    private final Path binary;
    private final Path work;

    private HeadlessChromium(Path binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /** The first of chromium, chromium-browser, google-chrome on PATH; empty when none is installed. */
    public static Optional<HeadlessChromium> find(Path work) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(path.split(":")).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst().map(b -> new HeadlessChromium(b, work));
    }

    /** Renders {@code page} in a {@code width} x {@code height} window and writes a PNG of it to {@code png}. */
    public void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(page, "--screenshot=" + png, "--window-size=" + width + "," + height);
    }

    /** The DOM of {@code page} after it rendered, as chromium serialises it. */
    public String dumpDom(Path page) throws IOException, InterruptedException {
        return render(page).dom();
    }

    /**
     * The DOM after rendering and what the page's scripts wrote to the console.
     *
     * @param console chromium's log lines of console messages, uncaught script errors among them, in order
     */
    public record Page(String dom, List<String> console) {
        public Page { console = List.copyOf(console); }
    }

    /** Renders {@code page} and keeps its DOM and console messages. */
    public Page render(Path page) throws IOException, InterruptedException {
        return page(run(page, "--dump-dom"));
    }

    /** {@link #render(Path)} and {@link #screenshot} from one start of chromium (a start is most of the time it takes). */
    public Page render(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        return page(run(page, "--dump-dom", "--screenshot=" + png, "--window-size=" + width + "," + height));
    }

    private static Page page(Output o) throws IOException {
        List<String> console = Files.readAllLines(o.err(), StandardCharsets.UTF_8).stream().filter(l -> l.contains(":CONSOLE")).toList();
        return new Page(Files.readString(o.out(), StandardCharsets.UTF_8), console);
    }

    /** The files chromium's stdout and stderr went to. */
    private record Output(Path out, Path err) {}

    private Output run(Path page, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=" + SCRIPT_BUDGET_MS, "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        String name = "chromium-" + System.nanoTime();
        Path out = work.resolve(name + ".out"), err = work.resolve(name + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + tail(err));
        }
        if (p.exitValue() != 0) throw new IllegalStateException("chromium exited " + p.exitValue() + ": " + tail(err));
        return new Output(out, err);
    }

    private static String tail(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        return s.substring(Math.max(0, s.length() - 2_000));
    }
}
