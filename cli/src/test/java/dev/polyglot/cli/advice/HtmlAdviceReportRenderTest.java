package dev.polyglot.cli.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.bench.report.HeadlessChromium;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.WorkloadsFile;
import dev.polyglot.workloads.WorkloadsReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's {@code advise --html} report opened in headless Chromium: no script error, and a DOM summary
 * (drawings, growth series, trigger markers, route bars, engine boxes, projection rows) and the size of what the
 * screenshot shows, against golden/advise/NAME.html-summary. The counts are also checked against the advice
 * itself: one growth series per route whose workload has a growth rate, one marker per trigger with a month.
 * Regenerate with {@code -Dgolden.update=true} and review the diff. Fails (does not skip) without chromium.
 */
class HtmlAdviceReportRenderTest {
    static final Path EXAMPLES = Path.of("../examples");
    static final Path GOLDEN = Path.of("src/test/resources/golden/advise");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** The window: as wide as a laptop's browser, taller than any example's page so the whole page is drawn. */
    static final int WIDTH = 1100, HEIGHT = 8000;
    /** How far the drawn height may move (px) before it counts as a change: a font's hinting, not a layout. */
    static final int HEIGHT_SLACK = 40;

    @TempDir static Path dir;

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).map(n -> n.replace(".yml", "")).sorted().toList().stream();
        }
    }

    static AdviceReport report(String example) {
        WorkloadsFile file = ((ParseOutcome.Parsed) WorkloadsReader.read(EXAMPLES.resolve(example + ".yml"))).file();
        return AdviceReport.of(file, Catalog.builtIn(), ModelAssumptions.DEFAULT);
    }

    static String page(AdviceReport report, String example) {
        return new HtmlAdviceReport(new AdviceContext("examples/" + example + ".yml", LocalDate.of(2026, 11, 21), false)).render(report);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersWithoutScriptErrorsAndMatchesItsGoldenSummary(String example) throws Exception {
        AdviceReport report = report(example);
        Path html = dir.resolve(example + ".html");
        Files.writeString(html, page(report, example));
        HeadlessChromium chromium = HeadlessChromium.find(dir).orElseThrow(() -> new AssertionError(HeadlessChromium.INSTALL_HINT));

        Path png = dir.resolve(example + ".png");
        HeadlessChromium.Page rendered = chromium.render(html, png, WIDTH, HEIGHT);
        assertThat(rendered.console()).as("console messages (script errors among them)").isEmpty();
        String dom = rendered.dom();
        long growing = report.today().routes().stream()
                .filter(r -> report.workloads().workload(r.workload()).flatMap(w -> w.growth()).isPresent()).count();
        long triggers = report.today().growth().stream().filter(g -> g.monthsLeft().isPresent()).count();
        assertThat(count(dom, "class=\"growth-series\"")).as("one growth series per growing route").isEqualTo(growing);
        assertThat(count(dom, "class=\"trigger-marker\"")).as("one marker per trigger").isEqualTo(triggers);
        assertThat(count(dom, "class=\"route-bar\"")).as("one bar per route").isEqualTo(report.today().routes().size());
        assertThat(count(dom, "class=\"engine-box\"")).as("one box per engine").isEqualTo(report.today().portfolio().size());

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        int drawn = drawnHeight(image);
        assertThat(drawn).as("the page fits the window, so the whole of it was drawn").isLessThan(HEIGHT - 100);
        if (example.equals("walletkart")) {
            Files.createDirectories(Path.of("target"));
            Files.copy(png, Path.of("target", "advise-report-walletkart.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);  // for a human to look at
        }

        String summary = "svg " + count(dom, "<svg ") + "\ngrowth-series " + count(dom, "class=\"growth-series\"")
                + "\nheadroom-series " + count(dom, "data-headroom=\"true\"") + "\ntrigger-marker " + count(dom, "class=\"trigger-marker\"")
                + "\nlimit-line " + count(dom, "class=\"limit-line\"") + "\nroute-bar " + count(dom, "class=\"route-bar\"")
                + "\nengine-box " + count(dom, "class=\"engine-box\"") + "\nsync-edge " + count(dom, "class=\"sync-edge\"")
                + "\nprojection-row " + count(dom, "class=\"projection-row\"") + "\n";
        Path golden = GOLDEN.resolve(example + ".html-summary");
        if (UPDATE) Files.writeString(golden, summary + "drawn-height " + drawn + "\n");
        assertThat(golden).as(golden + " exists (run with -Dgolden.update=true)").exists();
        String expected = Files.readString(golden);
        assertThat(summary).as("DOM summary").isEqualTo(expected.substring(0, expected.indexOf("drawn-height ")));
        int expectedHeight = Integer.parseInt(expected.substring(expected.indexOf("drawn-height ") + 13).trim());
        assertThat(drawn).as("height of what the screenshot shows, px").isBetween(expectedHeight - HEIGHT_SLACK, expectedHeight + HEIGHT_SLACK);
    }

    /** The last row of the screenshot with a pixel that is not the white page background, plus one. */
    static int drawnHeight(BufferedImage image) {
        for (int y = image.getHeight() - 1; y >= 0; y--) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) return y + 1;
            }
        }
        return 0;
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
