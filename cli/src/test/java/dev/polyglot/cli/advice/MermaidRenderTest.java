package dev.polyglot.cli.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.advisor.Role;
import dev.polyglot.bench.report.HeadlessChromium;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.WorkloadsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example's {@code advise --format mermaid} drawn by the real Mermaid library (pinned in
 * src/test/mermaid/package-lock.json; the cli pom runs npm ci there) in headless Chromium, with the theme GitHub
 * uses on a light page ({@code default}) and on a dark one ({@code dark}). The page probes each drawn box for its
 * computed fill, text colour and dash pattern; the test asserts no Mermaid error, one box per engine plus the
 * application, a WCAG AA contrast between every box's text and fill, and dashes on headroom boxes only.
 * Fails (does not skip) without chromium or the library.
 */
class MermaidRenderTest {
    static final Path EXAMPLES = Path.of("../examples");
    static final Path MERMAID = Path.of("src/test/mermaid/node_modules/mermaid/dist/mermaid.min.js");
    static final List<String> THEMES = List.of("default", "dark");
    /** WCAG 2 AA for normal text. */
    static final double MIN_CONTRAST = 4.5;
    static final String BROKEN = "broken (a deliberate syntax error: the harness must report it)";

    @TempDir static Path dir;
    static Map<String, Advice> advice = new LinkedHashMap<>();
    static String dom;
    static List<String> console;

    @BeforeAll
    static void drawEveryExampleInBothThemes() throws Exception {
        assertThat(MERMAID).as("the Mermaid library; `mvn -pl cli -am verify` installs it with npm ci (needs npm)").exists();
        Map<String, String> diagrams = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                var file = ((ParseOutcome.Parsed) WorkloadsReader.read(p)).file();
                String name = p.getFileName().toString().replace(".yml", "");
                advice.put(name, CatalogAdvisor.builtIn().advise(file));
                diagrams.put(name, AdviceFormat.of(AdviceFormat.Format.MERMAID, new AdviceContext(p.toString(), LocalDate.of(2026, 11, 21), false))
                        .render(advice.get(name)));
            }
        }
        diagrams.put(BROKEN, "graph LR\n  App[\"unclosed --> \n");
        Path page = dir.resolve("mermaid.html");
        Files.writeString(page, harness(diagrams));
        HeadlessChromium.Page rendered = HeadlessChromium.find(dir).orElseThrow(() -> new AssertionError(HeadlessChromium.INSTALL_HINT)).render(page);
        dom = rendered.dom();
        console = rendered.console();
        assertThat(dom).as("the harness finished drawing").contains("data-done=\"yes\"");
    }

    @Test
    void everyExampleDrawsWithoutAMermaidErrorInBothThemes() {
        for (String example : advice.keySet()) {
            for (String theme : THEMES) {
                assertThat(attribute(result(example, theme), "data-status"))
                        .as(example + " in theme " + theme + ": " + attribute(result(example, theme), "data-error")).isEqualTo("ok");
            }
        }
        assertThat(console).as("console messages while drawing").noneMatch(l -> l.contains("Uncaught"));
    }

    @Test
    void aMermaidErrorIsReportedNotSwallowed() {
        assertThat(attribute(result(BROKEN, "default"), "data-status")).isEqualTo("error");
        assertThat(attribute(result(BROKEN, "default"), "data-error")).isNotBlank();
    }

    @Test
    void everyBoxIsDrawnWithTextThatContrastsWithItsFill() {
        for (var e : advice.entrySet()) {
            for (String theme : THEMES) {
                List<Map<String, String>> boxes = probes(e.getKey(), theme);
                assertThat(boxes).as(e.getKey() + " boxes: the application and each engine").hasSize(e.getValue().portfolio().size() + 1);
                for (Map<String, String> box : boxes) {
                    assertThat(contrast(rgb(box.get("data-fill")), rgb(box.get("data-color"))))
                            .as(e.getKey() + " in " + theme + ": text " + box.get("data-color") + " on " + box.get("data-fill") + " in " + box.get("data-id"))
                            .isGreaterThanOrEqualTo(MIN_CONTRAST);
                }
            }
        }
    }

    @Test
    void headroomBoxesAndOnlyThemAreDashed() {
        int headroom = 0;
        for (var e : advice.entrySet()) {
            for (Map<String, String> box : probes(e.getKey(), "default")) {
                boolean dashed = !box.get("data-dash").equals("none");
                boolean isHeadroom = e.getValue().portfolio().stream()
                        .anyMatch(p -> p.role() == Role.HEADROOM && box.get("data-id").contains("-flowchart-" + p.engine().replaceAll("[^A-Za-z0-9]", "_") + "-"));
                if (isHeadroom) headroom++;
                assertThat(dashed).as(e.getKey() + " " + box.get("data-id") + " dashed").isEqualTo(isHeadroom);
            }
        }
        assertThat(headroom).as("examples with a headroom engine exist, so the dashes are exercised").isPositive();
    }

    /** The page: draws each diagram with each theme, then writes a probe per box (fill, text colour, dashes). */
    private static String harness(Map<String, String> diagrams) throws Exception {
        String json = new ObjectMapper().writeValueAsString(diagrams).replace("</", "<\\/");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><script src=\"" + MERMAID.toAbsolutePath().normalize().toUri() + "\"></script></head>"
                + "<body><div id=\"out\"></div><script>\n"
                + "const diagrams = " + json + ";\nconst themes = " + new ObjectMapper().writeValueAsString(THEMES) + ";\n"
                + """
                (async () => {
                  let n = 0;
                  for (const theme of themes) {
                    mermaid.initialize({startOnLoad: false, theme: theme, securityLevel: 'strict'});
                    for (const [name, text] of Object.entries(diagrams)) {
                      const div = document.createElement('div');
                      div.className = 'result'; div.dataset.example = name; div.dataset.theme = theme;
                      document.getElementById('out').appendChild(div);
                      try {
                        const {svg} = await mermaid.render('d' + (n++), text);
                        div.innerHTML = svg; div.dataset.status = 'ok';
                      } catch (e) { div.dataset.status = 'error'; div.dataset.error = String((e && e.message) || e); }
                      for (const node of div.querySelectorAll('g.node')) {
                        const shape = node.querySelector('rect, path, polygon, circle'), label = node.querySelector('.nodeLabel, span, text');
                        const p = document.createElement('p');
                        p.className = 'probe'; p.dataset.example = name; p.dataset.theme = theme; p.dataset.id = node.id;
                        p.dataset.fill = getComputedStyle(shape).fill; p.dataset.color = getComputedStyle(label).color;
                        p.dataset.dash = getComputedStyle(shape).strokeDasharray;
                        document.body.appendChild(p);
                      }
                    }
                  }
                  document.body.dataset.done = 'yes';
                })();
                </script></body></html>
                """;
    }

    private static String result(String example, String theme) {
        Matcher m = Pattern.compile("<div class=\"result\"[^>]*>").matcher(dom);
        while (m.find()) {
            String tag = m.group();
            if (unescape(attribute(tag, "data-example")).equals(example) && attribute(tag, "data-theme").equals(theme)) return tag;
        }
        throw new AssertionError("no drawing of " + example + " in theme " + theme);
    }

    private static List<Map<String, String>> probes(String example, String theme) {
        List<Map<String, String>> found = new ArrayList<>();
        Matcher m = Pattern.compile("<p class=\"probe\"[^>]*>").matcher(dom);
        while (m.find()) {
            String tag = m.group();
            if (!unescape(attribute(tag, "data-example")).equals(example) || !attribute(tag, "data-theme").equals(theme)) continue;
            Map<String, String> box = new LinkedHashMap<>();
            for (String a : List.of("data-id", "data-fill", "data-color", "data-dash")) box.put(a, attribute(tag, a));
            found.add(box);
        }
        return found;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : "";
    }

    private static String unescape(String s) { return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"); }

    /** {@code rgb(r, g, b)} as computed styles give it. */
    static int[] rgb(String css) {
        Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(css);
        assertThat(m.find()).as("a computed colour, got '" + css + "'").isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    /** WCAG 2 contrast ratio, 1 (same colour) to 21 (black on white). */
    static double contrast(int[] a, int[] b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255.0;
            l[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }
}
