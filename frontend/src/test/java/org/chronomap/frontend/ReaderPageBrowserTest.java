package org.chronomap.frontend;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.chronomap.frontend.support.RealEventsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader's page in headless Chromium, against a running events-service holding the seed and
 * fixture articles (see {@link RealEventsService}). What is expected always comes from what that
 * service serves, so the tests hold whether events come from extraction or from the fixture.
 */
@QuarkusTest
@QuarkusTestResource(value = RealEventsService.class, restrictToAnnotatedClass = true)
class ReaderPageBrowserTest {

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL root;

    BrowserContext context;
    Page page;
    final List<String> dialogs = new ArrayList<>();
    final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = org.chronomap.frontend.support.Browser.playwright();
        browser = org.chronomap.frontend.support.Browser.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
        page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.onPageError(pageErrors::add);
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertEquals(List.of(), pageErrors, "the page threw errors");
    }

    /** The events the service serves, oldest first: the order every view must show. */
    static List<JsonNode> expected() {
        return RealEventsService.allEvents(HttpClient.newHttpClient(), RealEventsService.eventsUrl);
    }

    /** The article as the events-service serves it, to check what the page joined to a source. */
    static JsonNode article(String id) {
        try {
            var response = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(RealEventsService.eventsUrl + "/api/articles/" + id)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "article " + id);
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> ids(List<JsonNode> events) {
        return events.stream().map(e -> e.path("id").asText()).toList();
    }

    void load(String fragment) {
        page.navigate(root.toString() + fragment);
        page.waitForSelector("body[data-ready='true']");
    }

    /** The timeline may open on the busiest period: zoom out to the whole span (each '-' halves the zoom). */
    void zoomTimelineOut(int events) {
        page.locator("#timeline").focus();
        for (int i = 0; i < 16; i++) {
            page.keyboard().press("-");
        }
        // Each step schedules a layout for the next animation frame: the count of marks may be reached at an
        // intermediate step, so let the frames after the last step pass before anything is measured.
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        page.waitForFunction("n => document.querySelectorAll('#timeline rect.mark').length === n", events);
    }

    /** What the reader sees in the window (the workspace), and the whole page under a "-full" name. */
    void screenshot(String name) {
        page.evaluate("() => window.scrollTo(0, document.getElementById('workspace').offsetTop - 8)");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(org.chronomap.frontend.support.Browser.SCREENSHOTS.resolve(name)));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(org.chronomap.frontend.support.Browser.SCREENSHOTS.resolve(name.replace(".png", "-full.png"))));
    }

    List<String> listIds() {
        return page.locator("#event-list li[data-event-id]").all().stream()
                .map(li -> li.getAttribute("data-event-id")).toList();
    }

    /** Every event the map represents right now: single markers and members of clusters. */
    Set<String> mapIds() {
        Set<String> ids = new TreeSet<>();
        page.locator("#map .event-marker[data-event-id]").all().forEach(m -> ids.add(m.getAttribute("data-event-id")));
        page.locator("#map .cluster-icon[data-event-ids]").all()
                .forEach(c -> ids.addAll(Arrays.asList(c.getAttribute("data-event-ids").split(" "))));
        return ids;
    }

    static boolean hasPlace(JsonNode event) {
        return RealEventsService.hasPlace(event);
    }

    @Test
    void eventsAppearInDateOrderInTheListAndOnTheTimeline() {
        List<JsonNode> expected = expected();
        assertFalse(expected.isEmpty(), "the events-service serves events");
        load("");
        assertEquals(ids(expected).subList(0, Math.min(200, expected.size())), listIds());
        zoomTimelineOut(expected.size());
        Set<String> onTimeline = page.locator("#timeline rect.mark[data-event-id]").all().stream()
                .map(m -> m.getAttribute("data-event-id")).collect(Collectors.toSet());
        assertEquals(new HashSet<>(ids(expected)), onTimeline, "at full zoom every event is on the timeline");
        // Marks are laid out left to right in date order. Their positions are read in one script, at one moment:
        // read one by one, a layout in between (the page's height, and with it the timeline's width, follows the
        // list the zoom filters) could mix two layouts.
        @SuppressWarnings("unchecked")
        Map<String, Number> x = (Map<String, Number>) page.evaluate("() => Object.fromEntries([...document"
                + ".querySelectorAll('#timeline rect.mark[data-event-id]')].map(m => [m.dataset.eventId,"
                + " m.getBoundingClientRect().x]))");
        List<Double> lefts = new ArrayList<>();
        for (String id : ids(expected)) {
            lefts.add(x.get(id).doubleValue());
        }
        for (int i = 1; i < expected.size(); i++) {
            String startBefore = expected.get(i - 1).path("date").path("start").asText();
            String start = expected.get(i).path("date").path("start").asText();
            if (!startBefore.equals(start) && expected.get(i).path("date").path("precision").asText().equals("day")
                    && expected.get(i - 1).path("date").path("precision").asText().equals("day")) {
                // Not strictly: over a span of decades two days can fall within one rounded pixel.
                assertTrue(lefts.get(i - 1) <= lefts.get(i), "mark " + (i - 1) + " before mark " + i);
            }
        }
        screenshot("overview.png");
    }

    @Test
    void clickingAnEventOnTheTimelineHighlightsItsMarkerAndShowsItsSource() {
        List<JsonNode> expected = expected();
        JsonNode event = expected.stream().filter(ReaderPageBrowserTest::hasPlace)
                .filter(e -> e.path("sources").size() > 0)
                .max(Comparator.comparingInt((JsonNode e) -> e.path("sources").size()))
                .orElseThrow(() -> new AssertionError("no event with a place and a source to click"));
        String id = event.path("id").asText();
        load("");
        zoomTimelineOut(expected.size());
        page.locator("#timeline rect.mark[data-event-id='" + id + "']").click();

        page.waitForSelector("#timeline rect.mark.selected[data-event-id='" + id + "']");
        page.waitForFunction("id => { const m = document.querySelector(`#map .event-marker.selected[data-event-id=\"${id}\"]`);"
                + " const c = [...document.querySelectorAll('#map .cluster-icon.has-selected')]"
                + ".some(e => e.dataset.eventIds.split(' ').includes(id)); return !!m || c; }", id);
        Locator detail = page.locator("#detail[data-event-id='" + id + "']");
        detail.waitFor();
        String sentence = event.path("sources").get(0).path("text").asText();
        assertTrue(detail.locator(".source-sentence").first().textContent().contains(sentence),
                "the detail panel quotes the source sentence");
        String articleTitle = article(event.path("sources").get(0).path("articleId").asText()).path("title").asText();
        assertFalse(articleTitle.isBlank(), "the source's article has a title");
        assertTrue(detail.locator(".source-card .cite").first().textContent().contains(articleTitle),
                "the detail panel names the source's article");
        assertEquals(event.path("title").asText(), detail.locator("#detail-title").textContent());
        assertEquals(1, page.locator("#event-list li.selected[data-event-id='" + id + "']").count(),
                "the list marks the same event");
        screenshot("selected.png");
    }

    @Test
    void brushingAWindowFiltersTheMap() {
        List<JsonNode> expected = expected();
        load("");
        Set<String> before = mapIds();
        assertEquals(expected.stream().filter(ReaderPageBrowserTest::hasPlace).map(e -> e.path("id").asText())
                .collect(Collectors.toCollection(TreeSet::new)), before, "without a window the map shows every placed event");

        BoundingBox strip = brushStrip();
        double y = strip.y + strip.height / 2;
        page.mouse().move(strip.x + strip.width * 0.05, y);
        page.mouse().down();
        page.mouse().move(strip.x + strip.width * 0.45, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();

        page.waitForFunction("() => document.getElementById('window-from').value !== ''");
        LocalDate from = LocalDate.parse(page.inputValue("#window-from"));
        LocalDate to = LocalDate.parse(page.inputValue("#window-to"));
        Set<String> inWindow = expected.stream().filter(ReaderPageBrowserTest::hasPlace)
                .filter(e -> !LocalDate.parse(e.path("date").path("end").asText()).isBefore(from)
                        && !LocalDate.parse(e.path("date").path("start").asText()).isAfter(to))
                .map(e -> e.path("id").asText()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inWindow, mapIds(), "the map shows exactly the events of the window " + from + " – " + to);
        if (inWindow.size() < before.size()) {
            assertNotEquals(before, mapIds());
        }
        screenshot("brushed.png");
    }

    @Test
    void theUrlRestoresTheView() {
        List<JsonNode> expected = expected();
        load("");
        page.fill("#filter-text", "");
        String id = ids(expected).get(expected.size() / 2);
        page.locator("#event-list li[data-event-id='" + id + "'] .event-title button").click();
        page.locator("#detail[data-event-id='" + id + "']").waitFor();
        BoundingBox strip = brushStrip();
        double y = strip.y + strip.height / 2;
        page.mouse().move(strip.x + 2, y);
        page.mouse().down();
        page.mouse().move(strip.x + strip.width - 2, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        String viewBefore = page.locator("#map").getAttribute("data-view");
        page.locator("#map .leaflet-control-zoom-in").click();
        page.waitForFunction("v => document.getElementById('map').dataset.view !== v", viewBefore);
        // The URL is written a moment after the last change: wait until it holds the current window and view.
        page.waitForFunction("() => { const p = new URLSearchParams(location.hash.slice(1));"
                + " const w = (p.get('w') || '').split('~');"
                + " return p.get('e') && p.get('m') === document.getElementById('map').dataset.view"
                + " && w[0].slice(0, 10) === document.getElementById('window-from').value; }");
        String url = page.url();
        String from = page.inputValue("#window-from");
        String to = page.inputValue("#window-to");
        List<String> listBefore = listIds();

        Page second = context.newPage();
        second.onPageError(pageErrors::add);
        second.navigate(url);
        second.waitForSelector("body[data-ready='true']");
        assertEquals(id, second.locator("#detail").getAttribute("data-event-id"), "the selection is restored");
        assertEquals(from, second.inputValue("#window-from"));
        assertEquals(to, second.inputValue("#window-to"));
        assertEquals(listBefore, second.locator("#event-list li[data-event-id]").all().stream()
                .map(li -> li.getAttribute("data-event-id")).toList());
        assertEquals(1, second.locator("#timeline rect.mark.selected[data-event-id='" + id + "']").count());
        assertEquals(hash(url, "m"), hash(second.url(), "m"), "the map view is restored");
    }

    /** The brush strip, scrolled into the viewport: mouse events only reach what is on screen. */
    BoundingBox brushStrip() {
        Locator overlay = page.locator("#timeline .brush .overlay");
        overlay.scrollIntoViewIfNeeded();
        return overlay.boundingBox();
    }

    static String hash(String url, String key) {
        String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
        for (String pair : fragment.split("&")) {
            if (pair.startsWith(key + "=")) {
                return pair.substring(key.length() + 1);
            }
        }
        return null;
    }

    @Test
    void hostileArticleTextIsShownAsTextAndRunsNothing() {
        List<JsonNode> expected = expected();
        load("");
        JsonNode hostile = expected.stream()
                .filter(e -> e.path("title").asText().contains("<script>") || e.path("sources").toString().contains("<script>"))
                .findFirst()
                // The fixtures post a hostile article; without its event this test would check nothing.
                .orElseThrow(() -> new AssertionError("no event from the hostile fixture article"));
        String id = hostile.path("id").asText();
        page.locator("#event-list li[data-event-id='" + id + "'] .event-title button").click();
        Locator detail = page.locator("#detail[data-event-id='" + id + "']");
        detail.waitFor();
        assertTrue(page.locator("#event-list li[data-event-id='" + id + "']").textContent()
                .contains(hostile.path("title").asText()), "the title is shown literally, tags and all");
        assertTrue(detail.textContent().contains(hostile.path("sources").get(0).path("text").asText()));
        assertEquals(0, detail.locator("a[href^='javascript']").count(), "a javascript: link is never followed");
        // Let every view render, then check that nothing from the data became markup or ran.
        page.locator("#timeline").focus();
        page.keyboard().press("End");
        page.waitForSelector("#detail[data-event-id]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        assertEquals(List.of(), dialogs, "no dialog opened");
        assertNull(page.evaluate("() => window.__pwned"), "no injected script ran");
        assertEquals(0, page.locator("img[src='x'], [onerror], [onload], b, i").count(), "no element from article text");
        assertEquals(0, ((Number) page.evaluate("() => [...document.scripts].filter(s => !s.src).length")).intValue(),
                "no inline script in the page");
        screenshot("hostile.png");
    }

    @Test
    void keyboardMovesThroughEventsInDateOrder() {
        List<String> expected = ids(expected());
        load("");
        page.locator("#timeline").focus();
        page.keyboard().press("ArrowRight");
        page.locator("#detail[data-event-id='" + expected.get(0) + "']").waitFor();
        if (expected.size() > 1) {
            page.keyboard().press("ArrowRight");
            page.locator("#detail[data-event-id='" + expected.get(1) + "']").waitFor();
        }
        page.waitForFunction("id => new URLSearchParams(location.hash.slice(1)).get('e') === id",
                expected.get(Math.min(1, expected.size() - 1)));
    }

    @Test
    void worksOnAPhoneSizedScreen() {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
        Page small = phone.newPage();
        small.onPageError(pageErrors::add);
        small.navigate(root.toString());
        small.waitForSelector("body[data-ready='true']");
        int scrollWidth = ((Number) small.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertTrue(scrollWidth <= 390, "no horizontal scrolling at 390 px (scrollWidth " + scrollWidth + ")");
        assertTrue(small.locator("#map").boundingBox().width <= 390);
        small.screenshot(new Page.ScreenshotOptions()
                .setPath(org.chronomap.frontend.support.Browser.SCREENSHOTS.resolve("phone.png")).setFullPage(false));
        phone.close();
    }
}
