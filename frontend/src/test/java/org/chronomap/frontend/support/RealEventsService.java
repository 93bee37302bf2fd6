package org.chronomap.frontend.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.chronomap.testsupport.ServiceProcess;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the real geo-service and events-service (the jars the reactor packaged just before this module) as
 * child processes on free ports with an empty data directory, posts the seed articles and the fixture
 * articles (one of them hostile), and points the frontend at the events-service. The tests need what a
 * reader gets: events extracted and placed by the real services, so a start that cannot give that fails.
 */
public class RealEventsService implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the frontend under test reads events. */
    public static volatile String eventsUrl;

    private ServiceProcess events;
    private ServiceProcess geo;
    private Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public Map<String, String> start() {
        // -Devents.jar=... / -Dgeo.jar=... run the browser tests against other builds of the services.
        Path eventsJar = jar("events.jar", "events-service");
        Path geoJar = jar("geo.jar", "geo-service");
        try {
            dataDir = Files.createTempDirectory("chronomap-browser-tests");
            geo = ServiceProcess.on("geo-service", geoJar, dataDir,
                    Map.of("CHRONOMAP_DATA_DIR", dataDir.resolve("geo-data").toString())).start();
            events = ServiceProcess.on("events-service", eventsJar, dataDir, Map.of(
                    "CHRONOMAP_DATA_DIR", dataDir.resolve("events-data").toString(),
                    "CHRONOMAP_INGEST_SEEDS", "false",
                    "CHRONOMAP_GEO_URL", geo.url)).start();
            String url = events.url;
            Map<String, String> articleIds = postArticles(url);
            List<JsonNode> real = allEvents(http, url);
            if (real.stream().noneMatch(RealEventsService::hasPlace)) {
                throw new IllegalStateException("The events-service extracted " + real.size() + " events from the "
                        + "seed and fixture articles, none with a place: the map cannot be tested.");
            }
            eventsUrl = url;
            System.out.printf("Browser tests: events-service %s, geo-service %s, %d events extracted, %d fixture "
                    + "articles stored%n", url, geo.url, real.size(), articleIds.size());
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
            ids.put(keys.get(i), created.path("id").asText());
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
