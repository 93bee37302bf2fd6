package org.chronomap.frontend;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.chronomap.frontend.support.GeneratedEvents;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Browser benchmark with {@link GeneratedEvents#COUNT} events: time to a ready page, and the time of
 * each brush, map pan and timeline zoom update as the page itself measures it (script plus forced
 * layout, see measure.js). Prints figures and writes them to target/benchmark/frontend.txt; asserts
 * nothing about time. Run: ./mvnw -o -pl frontend test -Pbench
 */
@QuarkusTest
@QuarkusTestResource(value = GeneratedEvents.class, restrictToAnnotatedClass = true)
class FrontendBenchmark {

    static final int LOADS = Integer.getInteger("bench.loads", 5);
    static final int GESTURES = 15;

    @TestHTTPResource("/")
    URL root;

    @Test
    void tenThousandEvents() throws IOException {
        StringBuilder report = new StringBuilder();
        String loadBefore = loadAverage();
        try (Playwright playwright = org.chronomap.frontend.support.Browser.playwright()) {
            Browser browser = org.chronomap.frontend.support.Browser.launch(playwright);
            List<Double> ready = new ArrayList<>();
            List<Double> firstRender = new ArrayList<>();
            List<Double> dataFetch = new ArrayList<>();
            List<Double> pageResponse = new ArrayList<>();
            List<Double> serverCpu = new ArrayList<>();
            double dataBytes = 0;
            double dataWireBytes = 0;
            Page page = null;
            BrowserContext context = null;
            for (int i = 0; i < LOADS + 1; i++) {
                if (context != null) {
                    context.close();
                }
                context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
                page = context.newPage();
                page.onPageError(error -> System.out.println("Page error: " + error));
                long cpuBefore = processCpuNanos();
                page.navigate(root.toString());
                page.waitForSelector("body[data-ready='true']", new Page.WaitForSelectorOptions().setTimeout(120_000));
                long cpuAfter = processCpuNanos();
                if (i == 0) {
                    continue; // the first load warms the server's JIT and article cache
                }
                ready.add(number(page, "performance.getEntriesByName('chronomap:ready')[0].startTime"));
                serverCpu.add((cpuAfter - cpuBefore) / 1e6);
                pageResponse.add(number(page, "performance.getEntriesByType('navigation')[0].responseEnd"));
                dataFetch.add(number(page, "performance.getEntriesByType('resource')"
                        + ".filter(r => r.name.endsWith('/data/events'))[0].duration"));
                firstRender.add(number(page, "performance.getEntriesByName('chronomap:first-render')[0].duration"));
                dataBytes = number(page, "performance.getEntriesByType('resource')"
                        + ".filter(r => r.name.endsWith('/data/events'))[0].decodedBodySize");
                dataWireBytes = number(page, "performance.getEntriesByType('resource')"
                        + ".filter(r => r.name.endsWith('/data/events'))[0].encodedBodySize");
            }
            assertEquals(GeneratedEvents.COUNT, ((Number) page.evaluate(
                    "() => document.querySelectorAll('#timeline rect.mark').length")).intValue(), "every event drawn");

            // Brush: drag windows of different widths across the context strip.
            page.evaluate("() => performance.clearMeasures()");
            page.locator("#timeline .brush .overlay").scrollIntoViewIfNeeded();
            BoundingBox strip = page.locator("#timeline .brush .overlay").boundingBox();
            for (int g = 0; g < GESTURES; g++) {
                double a = strip.x + strip.width * (0.05 + 0.04 * g);
                double b = a + strip.width * (0.05 + 0.02 * (g % 5));
                page.mouse().move(a, strip.y + strip.height / 2);
                page.mouse().down();
                page.mouse().move(b, strip.y + strip.height / 2, new Mouse.MoveOptions().setSteps(4));
                page.mouse().up();
            }
            List<Double> brush = durations(page, "chronomap:brush");
            System.out.println("Benchmark progress: ready " + ready + ", data " + dataFetch + ", first render " + firstRender);

            // Map pans with "only what is in view" on: each pan re-clusters the map and redraws timeline and list.
            page.locator("#filter-inview").check();
            page.evaluate("() => performance.clearMeasures()");
            page.locator("#map").scrollIntoViewIfNeeded();
            // Keyboard pans (Leaflet pans 80 px per arrow key) never land on a marker by accident, as
            // a mouse drag might, so every gesture is a pan.
            page.locator("#map").focus();
            for (int g = 0; g < GESTURES; g++) {
                page.keyboard().press(g % 4 < 2 ? "ArrowRight" : "ArrowLeft");
                page.waitForFunction("n => performance.getEntriesByName('chronomap:pan').length >= n", g + 1);
            }
            List<Double> pan = durations(page, "chronomap:pan");

            // Timeline zoom and pan (wheel and drag in the focus area), with the in-view filter off again.
            page.locator("#filter-inview").uncheck();
            page.evaluate("() => performance.clearMeasures()");
            page.locator("#timeline .zoom-surface").scrollIntoViewIfNeeded();
            BoundingBox focus = page.locator("#timeline .zoom-surface").boundingBox();
            page.mouse().move(focus.x + focus.width / 2, focus.y + focus.height / 2);
            for (int g = 0; g < 2 * (GESTURES / 2); g++) {
                int before = durations(page, "chronomap:timeline-render").size();
                page.mouse().wheel(0, g < GESTURES / 2 ? -200 : 200);
                page.waitForFunction("n => performance.getEntriesByName('chronomap:timeline-render').length > n", before);
            }
            List<Double> zoom = durations(page, "chronomap:timeline-render");
            List<Double> zoomFrame = durations(page, "chronomap:timeline-zoom");

            // Timeline pan: drag the focus area sideways.
            page.evaluate("() => performance.clearMeasures()");
            for (int g = 0; g < GESTURES; g++) {
                double cx = focus.x + focus.width / 2;
                double cy = focus.y + focus.height / 2;
                page.mouse().move(cx, cy);
                page.mouse().down();
                page.mouse().move(cx + (g % 2 == 0 ? 150 : -150), cy, new Mouse.MoveOptions().setSteps(5));
                page.mouse().up();
            }
            List<Double> timelinePan = durations(page, "chronomap:timeline-pan");

            report.append(String.format(Locale.ROOT, "events: %d, page loads: %d, gestures per kind: %d, cores: %d,"
                    + " load average before/after: %s / %s%n", GeneratedEvents.COUNT, LOADS, GESTURES,
                    Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage()));
            report.append(String.format(Locale.ROOT, "/data/events: %.1f MB of JSON, %.1f MB on the wire%n",
                    dataBytes / 1e6, dataWireBytes / 1e6));
            report.append(line("ready (navigation start → interactive)", ready));
            report.append(line("  of which GET / (server reads 1 page of 500, renders HTML)", pageResponse));
            report.append(line("  of which GET /data/events (server reads 20x500, JSON)", dataFetch));
            report.append(line("first render (script: timeline + map + list)", firstRender));
            report.append(line("server JVM CPU time per page load (frontend + events stub)", serverCpu));
            report.append(line("brush update (filter + map recluster + list)", brush));
            report.append(line("map pan update, in-view on (recluster + timeline + list)", pan));
            report.append(line("timeline zoom frame (wheel, during the gesture)", zoomFrame));
            report.append(line("timeline re-layout after a zoom (lanes + all marks)", zoom));
            report.append(line("timeline pan frame (drag)", timelinePan));
            browser.close();
        }
        System.out.println("\n=== Frontend benchmark ===\n" + report);
        Path out = Path.of("target", "benchmark", "frontend.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /**
     * CPU time of this JVM (the frontend and the events stub both run in it): unlike wall-clock time it
     * hardly moves with the load of a shared machine.
     */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The machine is shared: the figures mean little without the load they were taken under. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static double number(Page page, String expression) {
        return ((Number) page.evaluate("() => " + expression)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    static List<Double> durations(Page page, String name) {
        List<Object> values = (List<Object>) page.evaluate(
                "n => performance.getEntriesByName(n).map(e => e.duration)", name);
        return values.stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    static String line(String label, List<Double> values) {
        if (values.isEmpty()) {
            return String.format(Locale.ROOT, "%-58s no samples%n", label);
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        return String.format(Locale.ROOT, "%-58s n=%3d  median %7.1f ms  p95 %7.1f ms  max %7.1f ms%n",
                label, values.size(), median, p95, sorted.get(sorted.size() - 1));
    }
}
