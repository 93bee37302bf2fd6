package org.chronomap.geo.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.chronomap.geo.ReadyGazetteer;
import org.chronomap.geo.gazetteer.GazetteerService;
import org.chronomap.testsupport.Fuzz;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of generated hostile or malformed requests against every public endpoint of the
 * geo-service: geocoding, place look-up, geoparsing and the OGC API. Random and mutated JSON, wrong
 * types, huge and empty fields, odd Unicode (lone surrogates, bidi controls, combining marks, NUL),
 * raw invalid UTF-8 in the query string, overlong query strings, forged offsets and ids, wrong
 * methods and media types. None may answer 5xx, leak a stack trace or a class name, answer an error
 * in any shape but problem+json, or change what the gazetteer answers. The seed makes a failure
 * replayable.
 */
@QuarkusTest
class EndpointFuzzTest {

    private static final long SEED = 20_261_121L;
    private static final int REQUESTS = 4_500;

    /**
     * Strings that break naive parsers, Lucene query syntax, HTML, JSON and Unicode handling.
     * Entries made of {@code %XX} escapes only are sent as those raw bytes (invalid UTF-8 among them).
     */
    private static final String[] NASTY = {"", " ", "\u0000", "\uD800", "\uDC00x", "x\uDBFF", "\uD83D\uDCA5",
            "\u202Eevil\u202C", "\u200F\u05E9\u05DC\u05D5\u05DD", "\u0627\u0644\u0642\u062F\u0633",
            "Z\u0351\u0358a\u0364l\u036Fg\u0362o", "e\u0301".repeat(40), "\uFEFF", "\uFFFF", "\uFFFD",
            "*:*", "kind:place", "name:x OR y~", "\"", "\\", "(", ")", "AND NOT", "Kyiv~2", "Ky?iv*", "[a TO z]",
            "' OR '1'='1", "; DROP TABLE places; --", "<script>alert(1)</script>", "${jndi:x}", "%s%n",
            "NaN", "Infinity", "-0", "1e309", "-1", "0", "9223372036854775808", "-9223372036854775809", "null",
            "true", "[]", "{}", "..", "../..", "/", "Kyiv", "Kiev", "Kursk Oblast", "Київ", "Пролетарск", "北京",
            "-180,-90,180,90", "170,-10,-170,10", "181,0,0,0", "0,91,1,92", "1,2,3", "1,2,3,4,5", ",,,", "a,b,c,d",
            "%FF", "%ED%A0%80", "%C0%AF", "%00", "%E2%80", "%F4%90%80%80"};

    private static final Pattern RAW_BYTES = Pattern.compile("(%[0-9A-F]{2})+");

    private static final String[] GET_PATHS = {"/api/geocode", "/api/places/%s", "/", "/conformance",
            "/collections", "/collections/%s", "/collections/places", "/collections/places/items",
            "/collections/%s/items", "/collections/places/items/%s", "/api/geocode/%s", "/api/%s"};

    private static final String[] PARAMETERS = {"q", "country", "lat", "lon", "limit", "bbox", "offset", "f",
            "datetime", "bbox-crs", "crs", "properties", "sortby", "filter", "publishedAt", "text"};

    private static final String[] ODD_METHODS = {"PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"};

    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (org|java|io|jakarta|com)\\.|org\\.chronomap|org\\.apache|Lucene|jackson|\\.java:");

    /** Requests whose answers must be the same after the fuzzing as before it. */
    private static final String[] PROBES = {"/api/geocode?q=Kiev&limit=5", "/api/geocode?q=Kursk%20Oblast",
            "/collections/places/items?limit=20", "/collections/places/items?bbox=30,45,40,53&limit=20",
            "/api/places/703448"};

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    GazetteerService gazetteer;

    private final Random random = new Random(SEED);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void ready() {
        ReadyGazetteer.await(gazetteer);
    }

    @Test
    void noHostileRequestBreaksTheServiceOrChangesItsAnswers() throws Exception {
        int placesBefore = gazetteer.index().size();
        List<String> probesBefore = probe();
        List<String> failures = new ArrayList<>();
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();

        for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
            String body = null;
            HttpRequest request;
            switch (random.nextInt(10)) {
                case 0, 1, 2 -> {
                    body = mutatedJson();
                    request = post("/api/geoparse", body);
                }
                case 3 -> request = oddMethod();
                default -> request = get();
            }
            HttpResponse<String> response;
            try {
                response = Fuzz.send(http, request);
            } catch (IOException e) {
                failures.add("no answer (" + e.getMessage() + ") ← " + describe(request, body));
                continue;
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = check(response);
            if (problem != null) {
                failures.add(problem + " ← " + describe(request, body));
            }
        }

        System.out.println("fuzz seed " + SEED + ", statuses " + statuses);
        assertTrue(failures.isEmpty(), "seed " + SEED + ":\n" + String.join("\n", failures));
        assertEquals(placesBefore, gazetteer.index().size(), "the gazetteer still holds the same places");
        assertEquals(probesBefore, probe(), "the same questions get the same answers");
    }

    private List<String> probe() throws Exception {
        List<String> answers = new ArrayList<>();
        for (String probe : PROBES) {
            HttpResponse<String> r = Fuzz.send(http, HttpRequest.newBuilder(uri(probe)).GET().build());
            assertEquals(200, r.statusCode(), probe);
            // timeStamp changes from one second to the next; everything else must not.
            answers.add(r.body().replaceAll("\"timeStamp\"\\s*:\\s*\"[^\"]*\"", ""));
        }
        return answers;
    }

    /** @return what is wrong with the answer, or null */
    private static String check(HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return "status " + status + " " + Fuzz.abbreviate(response.body());
        }
        if (status < 400) {
            return null;
        }
        if (LEAK.matcher(response.body()).find()) {
            return "internal detail in body " + Fuzz.abbreviate(response.body());
        }
        // 414 and 431 come from the HTTP codec before any route; everything the application answers is a problem.
        if (status == 414 || status == 431 || response.request().method().equals("HEAD")) {
            return null;
        }
        if (!type.startsWith("application/problem+json")) {
            return "status " + status + " without problem+json (" + type + ")";
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()) {
                return "problem body does not match status " + status + ": " + Fuzz.abbreviate(response.body());
            }
        } catch (IOException e) {
            return "problem body is not JSON: " + Fuzz.abbreviate(response.body());
        }
        return null;
    }

    private HttpRequest post(String path, String body) {
        // Up to 1 MB of text to geoparse: minutes on a busy machine are slow, not broken.
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(5));
        String contentType = random.nextInt(10) == 0
                ? Fuzz.pick(random, new String[] {"text/plain", "application/xml", "application/json; charset=latin1",
                "multipart/form-data; boundary=x", ""})
                : "application/json";
        if (!contentType.isEmpty()) {
            builder.header("Content-Type", contentType);
        }
        if (random.nextInt(10) == 0) {
            builder.header("Accept", Fuzz.pick(random, new String[] {"text/html", "application/xml", "image/png", "*/*;q=x"}));
        }
        return builder.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private HttpRequest oddMethod() {
        String path = String.format(Fuzz.pick(random, GET_PATHS), encode(nasty()));
        String method = random.nextInt(3) == 0 ? "POST" : Fuzz.pick(random, ODD_METHODS);
        HttpRequest.BodyPublisher body = method.equals("TRACE") || method.equals("HEAD")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(mutatedJson());
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").method(method, body).build();
    }

    private HttpRequest get() {
        String path = String.format(Fuzz.pick(random, GET_PATHS), encode(random.nextInt(4) == 0 ? forgedId() : nasty()));
        StringBuilder query = new StringBuilder();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(8) == 0 ? nasty() : Fuzz.pick(random, PARAMETERS);
            String value = switch (random.nextInt(8)) {
                case 0 -> forgedId();
                case 1 -> "x".repeat(random.nextInt(6000));
                case 2 -> String.valueOf(random.nextInt(2) == 0 ? random.nextInt() : random.nextGaussian() * 200);
                default -> nasty();
            };
            query.append(i == 0 ? '?' : '&').append(encode(name)).append('=').append(encode(value));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path + query)).timeout(Duration.ofSeconds(60));
        if (random.nextInt(15) == 0) {
            builder.header("Accept", Fuzz.pick(random, new String[] {"text/html", "application/xml", "image/png", "*/*;q=x"}));
        }
        return builder.GET().build();
    }

    /** A valid-looking geoparse body, then damaged in one of several ways. */
    private String mutatedJson() {
        String template = "{\"text\":" + jsonValue() + ",\"publishedAt\":" + jsonValue() + "}";
        return switch (random.nextInt(9)) {
            case 0, 1 -> template;
            case 2 -> template.substring(0, random.nextInt(template.length()));
            case 3 -> flipCharacters(template);
            case 4 -> "[".repeat(5000) + "]".repeat(5000);
            case 5 -> "{\"text\":\"" + Fuzz.pick(random, new String[] {"\\u0000", "\\ud800", "\\udfff", "\\u202e", "Kyiv \\ud83d"})
                    .repeat(1 + random.nextInt(200)) + "\"}";
            case 6 -> new String(Fuzz.bytes(random, random.nextInt(300)), StandardCharsets.ISO_8859_1);
            case 7 -> "{\"text\":\"" + "Kursk ".repeat(random.nextInt(random.nextInt(100) == 0 ? 20_000 : 300)) + "\",\"extra\":1}";
            default -> "{\"text\":{\"nested\":" + jsonValue() + "},\"publishedAt\":[1,2]}";
        };
    }

    private String jsonValue() {
        return switch (random.nextInt(9)) {
            case 0 -> String.valueOf(random.nextLong());
            case 1 -> "null";
            case 2 -> "[" + random.nextInt() + "]";
            case 3 -> "{}";
            case 4 -> "true";
            case 5 -> Fuzz.jsonString(sentence());
            default -> Fuzz.jsonString(nasty());
        };
    }

    /** Place names glued together with hostile fragments: text the spotter and resolver really work on. */
    private String sentence() {
        StringBuilder text = new StringBuilder();
        int words = 1 + random.nextInt(40);
        for (int i = 0; i < words; i++) {
            text.append(random.nextInt(3) == 0 ? nasty() : Fuzz.pick(random, new String[] {"Troops", "entered", "Kursk",
                    "region", "near", "Kyiv", "and", "the", "Seym", "River", "on", "Monday", "."})).append(' ');
        }
        return text.toString();
    }

    private String nasty() {
        String s = NASTY[random.nextInt(NASTY.length)];
        return RAW_BYTES.matcher(s).matches() ? s : random.nextInt(20) == 0 ? s.repeat(1 + random.nextInt(200)) : s;
    }

    private String forgedId() {
        return Fuzz.pick(random, new String[] {"703448", "-1", "0", "-9999999999", "9223372036854775807", "703448.0", "0x1F",
                "1e6", " 703448", "703448 ", "+703448", "７０３４４８", "703448;DROP", String.valueOf(random.nextLong())});
    }

    private String flipCharacters(String text) {
        String alphabet = "{}[]\",:\\\u0000x\uD800";
        char[] chars = text.toCharArray();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(chars);
    }

    /** Percent-encodes text; the raw-byte entries of {@link #NASTY} (e.g. %ED%A0%80) go through as they are. */
    private static String encode(String value) {
        return RAW_BYTES.matcher(value).matches() ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static URI uri(String pathAndQuery) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + pathAndQuery);
    }

    private static String describe(HttpRequest request, String body) {
        return request.method() + " " + Fuzz.abbreviate(request.uri().toString()) + (body == null ? "" : " " + Fuzz.abbreviate(body));
    }

}
