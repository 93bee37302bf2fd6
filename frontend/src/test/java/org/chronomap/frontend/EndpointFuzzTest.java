package org.chronomap.frontend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.chronomap.frontend.support.StubbedEventsService;
import org.chronomap.testsupport.Fuzz;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of generated hostile requests against every public path of the frontend: the page with
 * its {@code page} parameter, {@code /data/events} (which takes no parameters), the bundled scripts
 * and styles, the basemap files, and paths that try to climb out of them. Odd Unicode, raw invalid
 * UTF-8, overlong query strings, wrong methods and bodies. None may answer 5xx, answer an error in
 * any shape but problem+json, leak a stack trace or class name, echo markup unescaped, or change
 * what the page shows. The seed makes a failure replayable.
 */
@QuarkusTest
@QuarkusTestResource(value = StubbedEventsService.class, restrictToAnnotatedClass = true)
class EndpointFuzzTest {

    private static final long SEED = 20_261_121L;
    private static final int REQUESTS = 2_500;

    /** Entries made of {@code %XX} escapes only are sent as those raw bytes (invalid UTF-8 among them). */
    private static final String[] NASTY = {"", " ", "\u0000", "\uD800", "\uDC00x", "\uD83D\uDCA5", "\u202Eevil",
            "\u200F\u05E9\u05DC\u05D5\u05DD", "Z\u0351\u0358a\u0364l\u036Fg\u0362o", "\uFEFF", "1", "2", "-1", "0",
            "999999999999", "2147483648", "NaN", "1e9", "0x10", "１", "' OR '1'='1", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "${jndi:x}", "{page}", "{#include x/}",
            "..", "../..", "/", "%2e%2e", "%2e%2e%2f", "..%2f..%2f", "%FF", "%ED%A0%80", "%C0%AF", "%00",
            "%E2%80"};

    private static final Pattern RAW_BYTES = Pattern.compile("(%[0-9A-Fa-f]{2})+");

    /** Paths that climb out of the static roots, or name what must not be served. */
    private static final String[] CLIMBING = {"/basemap/../application.properties", "/basemap/%2e%2e/application.properties",
            "/basemap/..%2fapplication.properties", "/static/..%2f..%2fapplication.properties", "/..%2f..%2fetc/passwd",
            "/basemap/%00.geojson", "/basemap/countries.geojson%00", "/basemap/", "/basemap", "/static/",
            "/WEB-INF/web.xml", "/META-INF/resources/basemap/countries.geojson", "/templates/PageResource/page.html",
            "/application.properties", "/%5c..%5c..%5capplication.properties", "//etc/passwd", "/./data/events",
            "/data//events", "/data/events/", "/data/events/x", "/data/%65vents", "/DATA/EVENTS"};

    private static final String[] PARAMETERS = {"page", "q", "from", "to", "bbox", "category", "cursor", "limit",
            "id", "event", "_", "callback"};

    private static final String[] ODD_METHODS = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"};

    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (org|java|io|jakarta|com)\\.|org\\.chronomap|org\\.jboss|io\\.quarkus|\\.java:");

    /** Markup from a request that reaches an HTML page unescaped would run in the reader's browser. */
    private static final Pattern ECHOED_MARKUP = Pattern.compile("<script>alert|<img src=x|\\{#include");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random = new Random(SEED);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noHostileRequestBreaksTheFrontendOrChangesWhatItShows() throws Exception {
        String dataBefore = fetch("/data/events");
        String pageBefore = fetch("/");
        List<String> staticPaths = staticPathsOf(pageBefore);
        List<String> failures = new ArrayList<>();
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();

        for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
            HttpRequest request = switch (random.nextInt(10)) {
                case 0 -> oddMethod(staticPaths);
                case 1 -> get(Fuzz.pick(random, CLIMBING));
                case 2, 3 -> get(Fuzz.pick(random, staticPaths.toArray(String[]::new)) + query());
                case 4, 5, 6 -> get("/data/events" + query());
                default -> get("/" + query());
            };
            HttpResponse<String> response;
            try {
                response = Fuzz.send(http, request);
            } catch (IOException e) {
                failures.add("no answer (" + e.getMessage() + ") ← " + describe(request));
                continue;
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = check(response);
            if (problem != null) {
                failures.add(problem + " ← " + describe(request));
            }
        }

        System.out.println("fuzz seed " + SEED + ", statuses " + statuses);
        assertTrue(failures.isEmpty(), "seed " + SEED + ":\n" + String.join("\n", failures));
        assertEquals(dataBefore, fetch("/data/events"), "the events are the same");
        assertEquals(pageBefore, fetch("/"), "the page is the same");
    }

    /** The bundled scripts and styles the page links, plus the basemap files the script loads. */
    private static List<String> staticPathsOf(String html) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?:src|href)=\"(/[^\"#?]+)\"").matcher(html);
        while (m.find()) {
            if (!m.group(1).startsWith("/data/")) {
                paths.add(m.group(1));
            }
        }
        assertFalse(paths.isEmpty(), "the page links its scripts");
        paths.add("/basemap/countries.geojson");
        paths.add("/basemap/admin1.geojson");
        return List.copyOf(paths);
    }

    private String fetch(String path) throws Exception {
        HttpResponse<String> r = Fuzz.send(http, HttpRequest.newBuilder(uri(path)).GET().build());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    /** @return what is wrong with the answer, or null */
    private static String check(HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body();
        if (status >= 500) {
            return "status " + status + " " + Fuzz.abbreviate(body);
        }
        if (type.startsWith("text/html") && ECHOED_MARKUP.matcher(body).find()) {
            return "request markup echoed into the answer " + Fuzz.abbreviate(body);
        }
        if (status < 400) {
            return null;
        }
        if (LEAK.matcher(body).find()) {
            return "internal detail in body " + Fuzz.abbreviate(body);
        }
        if (status == 414 || status == 431 || response.request().method().equals("HEAD")) {
            return null;
        }
        if (!type.startsWith("application/problem+json")) {
            return "status " + status + " without problem+json (" + type + ")";
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()) {
                return "problem body does not match status " + status + ": " + Fuzz.abbreviate(body);
            }
        } catch (IOException e) {
            return "problem body is not JSON: " + Fuzz.abbreviate(body);
        }
        return null;
    }

    private String query() {
        int count = random.nextInt(4) == 0 ? 0 : random.nextInt(5);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(6) == 0 ? nasty() : Fuzz.pick(random, PARAMETERS);
            String value = switch (random.nextInt(6)) {
                case 0 -> "x".repeat(random.nextInt(9000));
                case 1 -> String.valueOf(random.nextInt());
                default -> nasty();
            };
            query.append(i == 0 ? '?' : '&').append(encode(name)).append('=').append(encode(value));
        }
        return query.toString();
    }

    private HttpRequest get(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (random.nextInt(10) == 0) {
            builder.header("Accept", Fuzz.pick(random, new String[] {"application/xml", "image/png", "text/csv", "*/*;q=x",
                    "application/json"}));
        }
        if (random.nextInt(10) == 0) {
            builder.header("Accept-Encoding", Fuzz.pick(random, new String[] {"gzip", "br", "deflate, gzip;q=0", "x-bogus"}));
        }
        return builder.GET().build();
    }

    private HttpRequest oddMethod(List<String> staticPaths) {
        String path = Fuzz.pick(random, new String[] {"/", "/data/events", Fuzz.pick(random, staticPaths.toArray(String[]::new))});
        String method = Fuzz.pick(random, ODD_METHODS);
        HttpRequest.BodyPublisher body = method.equals("HEAD") || random.nextBoolean()
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{\"events\":[" + "{}".repeat(random.nextInt(100)) + "]}");
        return HttpRequest.newBuilder(uri(path + query())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", Fuzz.pick(random, new String[] {"application/json", "text/plain", "application/x-www-form-urlencoded"}))
                .method(method, body).build();
    }

    private String nasty() {
        String s = NASTY[random.nextInt(NASTY.length)];
        return RAW_BYTES.matcher(s).matches() || random.nextInt(20) != 0 ? s : s.repeat(1 + random.nextInt(200));
    }

    /** Percent-encodes text; the raw-byte entries of {@link #NASTY} (e.g. %ED%A0%80) go through as they are. */
    private static String encode(String value) {
        return RAW_BYTES.matcher(value).matches() ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static URI uri(String pathAndQuery) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + pathAndQuery);
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + Fuzz.abbreviate(request.uri().toString());
    }

}
