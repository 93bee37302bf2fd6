package org.chronomap.events.fuzz;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.chronomap.events.article.Article;
import org.chronomap.events.event.Event;
import org.chronomap.testsupport.Fuzz;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of generated hostile or malformed requests against every public endpoint: random and
 * mutated JSON, wrong types, huge and empty fields, odd Unicode, NUL bytes, injection payloads,
 * overlong query strings and forged cursors. None may answer 5xx, leak a stack trace or a class
 * name, or change what is stored unless it was accepted (2xx). The seed makes a failure replayable.
 */
@QuarkusTest
class EndpointFuzzTest {

    private static final long SEED = 20_261_121L;
    private static final int REQUESTS = 6_000;

    /** Strings that break naive parsers, SQL, LIKE patterns, Lucene syntax, HTML and JSON. */
    private static final String[] NASTY = {"", " ", "\u0000", "' OR '1'='1", "\"; DROP TABLE article; --",
            "%", "_", "\\", "*:*", "title:(a OR b)~2", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "\u202Eevil", "Z\u0351\u0358a\u0364l\u036Fg\u0362o", "\uD83D\uDCA5", "\uFEFF", "NaN", "Infinity", "-0",
            "\uD800", "x\uDBFF", "\uDC00\u0301",
            "1e309", "9223372036854775808", "null", "true", "[]", "{}", "2024-02-30", "2024-13-01", "0000-00-00",
            "+999999999-12-31", "2024-08-19T25:61:00Z", "..", "../..", "/", "..\\..", "%00", "%ZZ", "${jndi:x}",
            "1,2,3", "181,0,0,0", "0,91,1,92", "-180,-90,180,90", "170,-10,-170,10", "attack,weather",
            "диверсия", "Київ", "北京"};

    private static final String[] GET_PATHS = {"/api/events", "/api/events/%s", "/api/articles/%s", "/api/articles",
            "/api/articles/%s/events", "/api/events.geojson", "/api/events.csv", "/", "/conformance",
            "/collections", "/collections/%s", "/collections/events/items", "/collections/events/items/%s"};

    private static final String[] PARAMETERS = {"from", "to", "bbox", "category", "place", "q", "limit", "cursor", "ids",
            "datetime", "offset", "f", "bbox-crs", "crs", "properties", "sortby", "filter"};

    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (org|java|io|jakarta|com)\\.|org\\.chronomap|org\\.hibernate|SQLState|H2|JDBC");

    private final Random random = new Random(SEED);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noHostileRequestBreaksTheServiceOrChangesStateUnlessAccepted() throws Exception {
        long articlesBefore = Article.count();
        long eventsBefore = Event.count();
        Set<String> acceptedArticles = new HashSet<>();
        List<String> failures = new ArrayList<>();

        for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
            String body = null;
            HttpRequest request;
            if (random.nextInt(2) == 0) {
                body = mutatedJson();
                request = post(i % 3 == 0 ? "/api/timex" : "/api/articles", body);
            } else {
                request = get();
            }
            HttpResponse<String> response;
            try {
                response = Fuzz.send(http, request);
            } catch (java.io.IOException e) {
                failures.add("no answer (" + e.getMessage() + ") ← " + request.method() + " "
                        + Fuzz.abbreviate(request.uri().toString()) + (body == null ? "" : " " + Fuzz.abbreviate(body)));
                continue;
            }
            String problem = check(response);
            if (problem != null) {
                failures.add(problem + " ← " + request.method() + " " + Fuzz.abbreviate(request.uri().toString()));
            }
            if (request.uri().getPath().equals("/api/articles") && response.statusCode() / 100 == 2) {
                Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{32})\"").matcher(response.body());
                if (id.find()) {
                    acceptedArticles.add(id.group(1));
                }
            }
        }

        assertTrue(failures.isEmpty(), "seed " + SEED + ":\n" + String.join("\n", failures));
        assertEquals(articlesBefore + acceptedArticles.size(), Article.count(),
                "only accepted articles were stored");
        if (acceptedArticles.isEmpty()) {
            assertEquals(eventsBefore, Event.count(), "rejected requests stored no events");
        }
    }

    /** @return what is wrong with the answer, or null */
    private static String check(HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return "status " + status + " " + Fuzz.abbreviate(response.body());
        }
        if (LEAK.matcher(response.body()).find() && !type.startsWith("text/csv") && status >= 400) {
            return "internal detail in body " + Fuzz.abbreviate(response.body());
        }
        // 414 and 431 come from the HTTP codec before any route; everything the application answers is a problem.
        if (status >= 400 && status != 414 && status != 431 && !type.startsWith("application/problem+json")) {
            return "status " + status + " without problem+json (" + type + ")";
        }
        return null;
    }

    private HttpRequest post(String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        String contentType = random.nextInt(10) == 0
                ? Fuzz.pick(random, new String[] {"text/plain", "application/xml", "application/json; charset=latin1", ""})
                : "application/json";
        if (!contentType.isEmpty()) {
            builder.header("Content-Type", contentType);
        }
        return builder.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private HttpRequest get() {
        String path = String.format(Fuzz.pick(random, GET_PATHS), URLEncoder.encode(nasty(), StandardCharsets.UTF_8));
        StringBuilder query = new StringBuilder();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(8) == 0 ? nasty() : Fuzz.pick(random, PARAMETERS);
            String value = switch (random.nextInt(6)) {
                case 0 -> forgedCursor();
                case 1 -> "x".repeat(random.nextInt(6000));
                default -> nasty();
            };
            query.append(i == 0 ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(uri(path + query)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    /** A valid-looking article or timex body, then damaged in one of several ways. */
    private String mutatedJson() {
        String template = "{\"title\":" + jsonValue() + ",\"text\":" + jsonValue() + ",\"publishedAt\":"
                + jsonValue() + ",\"dct\":" + jsonValue() + ",\"source\":" + jsonValue() + "}";
        return switch (random.nextInt(7)) {
            case 0 -> template;
            case 1 -> template.substring(0, random.nextInt(template.length()));
            case 2 -> flipCharacters(template);
            case 3 -> "[".repeat(5000) + "]".repeat(5000);
            case 4 -> "{\"text\":\"" + "\\u0000".repeat(random.nextInt(50)) + "\"}";
            case 5 -> new String(Fuzz.bytes(random, random.nextInt(300)), StandardCharsets.ISO_8859_1);
            default -> "{\"text\":{\"nested\":" + jsonValue() + "},\"publishedAt\":[1,2]}";
        };
    }

    private String jsonValue() {
        return switch (random.nextInt(8)) {
            case 0 -> String.valueOf(random.nextLong());
            case 1 -> "null";
            case 2 -> "[" + random.nextInt() + "]";
            case 3 -> "{}";
            case 4 -> "true";
            default -> Fuzz.jsonString(nasty());
        };
    }

    private String nasty() {
        return random.nextInt(20) == 0 ? NASTY[random.nextInt(NASTY.length)].repeat(1 + random.nextInt(200))
                : NASTY[random.nextInt(NASTY.length)];
    }

    private String forgedCursor() {
        String raw = Fuzz.pick(random, new String[] {"v1|2024-08-19|x' OR 1=1", "v2|2024-08-19|abc", "v1|9999-99-99|a",
                "v1||", "v1|2024-08-19|" + "a".repeat(100), new String(Fuzz.bytes(random, 24), StandardCharsets.ISO_8859_1)});
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private String flipCharacters(String text) {
        String alphabet = "{}[]\",:\\\u0000x";
        char[] chars = text.toCharArray();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(chars);
    }

    private static URI uri(String pathAndQuery) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + pathAndQuery);
    }

}
