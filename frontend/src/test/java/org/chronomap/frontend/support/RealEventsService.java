package org.chronomap.frontend.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the real events-service (the jar the reactor packaged just before this module) as a child
 * process on a free port with an empty data directory, and the geo-service too when its jar is there,
 * posts the seed articles and the fixture articles (one of them hostile), and points the frontend at
 * the events-service.
 * <p>
 * While event extraction is still being built the events-service may return no events, or none with
 * a place (no geo-service). Then the frontend is pointed instead at an {@link EventsServiceStub} that
 * serves the fixture events, whose sources name the articles stored in the real service where it
 * could store them. Tests compare the page with whatever {@link #eventsUrl} serves, so they hold in
 * both modes.
 */
public class RealEventsService implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration GEO_TIMEOUT = Duration.ofSeconds(90);

    /** Where the frontend under test reads events: the real service, or the fixture stub in front of it. */
    public static volatile String eventsUrl;
    /** "real" when the events-service extracted events with places from the posted articles, else "fixture". */
    public static volatile String mode;

    private ChildService events;
    private ChildService geo;
    private Path dataDir;
    private EventsServiceStub stub;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public Map<String, String> start() {
        // -Devents.jar=... / -Dgeo.jar=... run the browser tests against other builds of the services.
        Path eventsJar = jar("events.jar", "events-service");
        if (!Files.isRegularFile(eventsJar)) {
            throw new IllegalStateException("The browser tests run against the real events-service, but " + eventsJar
                    + " is missing. Build it first: ./mvnw -pl events-service package -DskipTests "
                    + "(a full ./mvnw verify builds it before the frontend).");
        }
        try {
            dataDir = Files.createTempDirectory("chronomap-browser-tests");
            Map<String, String> eventsEnv = new HashMap<>(Map.of(
                    "CHRONOMAP_DATA_DIR", dataDir.resolve("events-data").toString(),
                    "CHRONOMAP_INGEST_SEEDS", "false"));
            // The geo-service gives events their places. It is optional: without it events have none and
            // the fixture stands in for the map cases.
            Path geoJar = jar("geo.jar", "geo-service");
            if (Files.isRegularFile(geoJar)) {
                geo = ChildService.start("geo-service", geoJar, dataDir,
                        Map.of("CHRONOMAP_DATA_DIR", dataDir.resolve("geo-data").toString()));
                if (geo.awaitReady(http, GEO_TIMEOUT)) {
                    eventsEnv.put("CHRONOMAP_GEO_URL", geo.url);
                } else {
                    System.out.printf("Browser tests: the geo-service did not get ready; continuing without it:%n%s%n",
                            geo.tail());
                    geo.close();
                    geo = null;
                }
            }
            events = ChildService.start("events-service", eventsJar, dataDir, eventsEnv);
            if (!events.awaitReady(http, START_TIMEOUT)) {
                throw new IllegalStateException("The events-service did not get ready within " + START_TIMEOUT + ":\n"
                        + events.tail());
            }
            String url = events.url;

            Map<String, String> articleIds = postArticles(url);
            List<JsonNode> real = allEvents(http, url);
            boolean placed = real.stream().anyMatch(RealEventsService::hasPlace);
            if (placed) {
                mode = "real";
                eventsUrl = url;
            } else {
                // Articles the real service stored are read from it; the others come with the fixture.
                mode = "fixture";
                EventsServiceStub.Fixture fixture = EventsServiceStub.Fixture.load(articleIds);
                stub = new EventsServiceStub(fixture.events(), fixture.articles(), url);
                eventsUrl = stub.url();
            }
            System.out.printf("Browser tests: events-service %s (geo-service %s), %d events extracted (%s), %d of the"
                    + " fixture articles stored; mode %s%n", url, geo == null ? "absent" : geo.url, real.size(),
                    placed ? "some with places" : "none with a place", articleIds.size(), mode);
            return Map.of("chronomap.events-url", eventsUrl);
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private static Path jar(String property, String module) {
        return Path.of(System.getProperty(property,
                Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toString())).toAbsolutePath().normalize();
    }

    /** An event the map can show: a geometry, or a place with coordinates. */
    public static boolean hasPlace(JsonNode event) {
        if (event.hasNonNull("geometry") && event.path("geometry").has("coordinates")) {
            return true;
        }
        for (JsonNode p : event.path("places")) {
            if (p.hasNonNull("lat") && p.hasNonNull("lon")) {
                return true;
            }
        }
        return false;
    }

    /** Posts the seed articles and the fixture articles; returns the stored article id by fixture key. */
    private Map<String, String> postArticles(String url) throws IOException, InterruptedException {
        List<ObjectNode> bodies = new ArrayList<>();
        Path seeds = Path.of("..", "seeds");
        if (Files.isRegularFile(seeds.resolve("seeds.json"))) {
            for (JsonNode seed : JSON.readTree(seeds.resolve("seeds.json").toFile())) {
                ObjectNode body = JSON.createObjectNode();
                body.put("title", seed.path("title").asText());
                body.put("text", Files.readString(seeds.resolve(seed.path("file").asText())));
                body.put("publishedAt", seed.path("publication_date").asText());
                body.put("source", seed.path("outlet").asText());
                bodies.add(body);
            }
        }
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> keys = EventsServiceStub.Fixture.articleKeys();
        EventsServiceStub.Fixture fixture = EventsServiceStub.Fixture.load(Map.of());
        for (int i = 0; i < fixture.articleRequests().size(); i++) {
            JsonNode created = post(url, (ObjectNode) fixture.articleRequests().get(i));
            if (created != null) {
                ids.put(keys.get(i), created.path("id").asText());
            }
        }
        for (ObjectNode body : bodies) {
            post(url, body);
        }
        return ids;
    }

    private JsonNode post(String url, ObjectNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/articles"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            // An events-service still under construction: the fixture stands in for what it cannot store.
            System.out.printf("Browser tests: POST /api/articles answered %d; using the fixture's copy%n",
                    response.statusCode());
            return null;
        }
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("POST /api/articles answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Every event {@code url} serves, following {@code next}, in the order the page must show them. */
    public static List<JsonNode> allEvents(HttpClient http, String url) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        try {
            do {
                String query = "?limit=500" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/events" + query))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET /api/events answered " + response.statusCode() + ": " + response.body());
                }
                JsonNode page = JSON.readTree(response.body());
                page.path("events").forEach(all::add);
                cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
            } while (cursor != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // The events-service's oldest-first order, which the page follows.
        all.sort(Comparator.comparing((JsonNode e) -> e.path("date").path("start").asText())
                .thenComparing(e -> e.path("id").asText()));
        return all;
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
            stub = null;
        }
        if (events != null) {
            events.close();
            events = null;
        }
        if (geo != null) {
            geo.close();
            geo = null;
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory left behind is harmless
            }
            dataDir = null;
        }
    }
}
