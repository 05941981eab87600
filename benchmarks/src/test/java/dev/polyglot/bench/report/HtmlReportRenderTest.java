package dev.polyglot.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.redis.RedisDriver;
import dev.polyglot.bench.BenchRequest;
import dev.polyglot.bench.LocalEngines;
import dev.polyglot.bench.ShortRuns;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.workloads.Shape;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --html} report of two real short runs (Redis and Postgres), opened in headless Chromium: the
 * screenshot shows drawn curves in their colours, and the rendered DOM has one panel per workload with plotted
 * points. Fails (does not skip) without chromium: CI installs it.
 */
@dev.polyglot.bench.LiveEngineTest
class HtmlReportRenderTest {
    static final int WIDTH = 1200, HEIGHT = 900;

    @TempDir static Path dir;
    static Path page;

    @BeforeAll
    static void writeReportOfTwoRealRuns() throws Exception {
        var plan = ShortRuns.plan(OptionalDouble.of(400), Duration.ofSeconds(3), 2, 0.9);
        List<BenchResult> results = List.of(
                ShortRuns.run(new BenchRequest(RedisDriver.ENGINE, LocalEngines.endpoint(RedisDriver.ENGINE), "session cache",
                        new DatasetSpec(Shape.POINT_LOOKUP, 2_000, 20), plan, OptionalDouble.of(5), false), new RunControl()),
                ShortRuns.run(new BenchRequest(PostgresDriver.ENGINE, LocalEngines.endpoint(PostgresDriver.ENGINE), "wallet balance lookup",
                        new DatasetSpec(Shape.POINT_LOOKUP, 2_000, 20), plan, OptionalDouble.of(5), false), new RunControl()));
        page = dir.resolve("report.html");
        Files.writeString(page, HtmlReport.render(results));
    }

    private static HeadlessChromium chromium() {
        return HeadlessChromium.find(dir).orElseThrow(() -> new AssertionError(HeadlessChromium.INSTALL_HINT));
    }

    @Test
    void theScreenshotShowsThePercentileCurvesAndBudgetLines() throws Exception {
        Path png = dir.resolve("report.png");
        chromium().screenshot(page, png, WIDTH, HEIGHT);
        Files.createDirectories(Path.of("target"));
        Files.copy(png, Path.of("target", "html-report-render.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);  // for a human to look at

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG at " + png).isNotNull();
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0, blue = 0, red = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) nonWhite++;
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (b > r + 80 && b > g + 40) blue++;  // the blue curves, antialiased shades included
                if (r > g + 80 && r > b + 80) red++;   // the red budget line and its label
            }
        }
        assertThat(colours.size()).as("distinct colours: text, plot backgrounds and curves, antialiased").isGreaterThan(50);
        assertThat(nonWhite).as("pixels drawn").isGreaterThan(WIDTH * HEIGHT / 20);
        assertThat(blue).as("pixels of the blue percentile and p99 curves").isGreaterThan(300);
        assertThat(red).as("pixels of the red dashed budget line").isGreaterThan(100);
    }

    @Test
    void theRenderedDomHasOnePanelPerWorkloadWithPlottedPoints() throws Exception {
        String dom = chromium().dumpDom(page);

        assertThat(count(dom, "<section class=\"workload\">")).isEqualTo(2);
        assertThat(dom).contains("session cache on redis", "wallet balance lookup on postgres", "99.99%", "90%", "budget 5.00 ms");
        assertThat(count(dom, "<svg ")).isEqualTo(4);
        assertThat(count(dom, "class=\"budget\"")).isEqualTo(2);
        assertThat(dom).contains("id=\"latency-log\"");
        for (String curve : List.of("percentile-curve", "p99-series", "ops-series", "percentile-curve-log", "p99-series-log")) {
            Matcher m = Pattern.compile("class=\"" + curve + "\"[^>]*points=\"([^\"]*)\"").matcher(dom);
            int found = 0;
            while (m.find()) {
                found++;
                assertThat(m.group(1).trim().split("\\s+")).as(curve + " points").hasSizeGreaterThanOrEqualTo(3);
            }
            assertThat(found).as(curve + " polylines").isEqualTo(2);
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
