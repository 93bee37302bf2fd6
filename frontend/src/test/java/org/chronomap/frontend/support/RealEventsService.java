package org.chronomap.frontend.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the real events-service (the jar the reactor packaged just before this module) as a child
 * process on a free port with an empty data directory, posts the seed articles and the fixture
 * articles (one of them hostile), and points the frontend at it.
 * <p>
 * While event extraction is still being built the events-service may return no events. Then the
 * frontend is pointed instead at an {@link EventsServiceStub} that serves the fixture events, whose
 * sources name the articles just stored in the real service, and reads those articles from it. Tests
 * compare the page with whatever {@link #eventsUrl} serves, so they hold in both modes.
 */
public class RealEventsService implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /** Where the frontend under test reads events: the real service, or the fixture stub in front of it. */
    public static volatile String eventsUrl;
    /** "real" when the events-service extracted events from the posted articles, else "fixture". */
    public static volatile String mode;

    private Process process;
    private Path dataDir;
    private Path log;
    private EventsServiceStub stub;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public Map<String, String> start() {
        Path jar = Path.of("..", "events-service", "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The browser tests run against the real events-service, but " + jar
                    + " is missing. Build it first: ./mvnw -pl events-service package -DskipTests "
                    + "(a full ./mvnw verify builds it before the frontend).");
        }
        try {
            dataDir = Files.createTempDirectory("chronomap-events-it");
            log = dataDir.resolve("events-service.log");
            int port = freePort();
            String url = "http://127.0.0.1:" + port;
            ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx512m", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("CHRONOMAP_DATA_DIR", dataDir.resolve("data").toString());
            builder.environment().put("CHRONOMAP_INGEST_SEEDS", "false");
            process = builder.start();
            awaitReady(url);

            Map<String, String> articleIds = postArticles(url);
            List<JsonNode> real = allEvents(http, url);
            if (!real.isEmpty()) {
                mode = "real";
                eventsUrl = url;
            } else {
                // Articles the real service stored are read from it; the others come with the fixture.
                mode = "fixture";
                EventsServiceStub.Fixture fixture = EventsServiceStub.Fixture.load(articleIds);
                stub = new EventsServiceStub(fixture.events(), fixture.articles(), url);
                eventsUrl = stub.url();
            }
            System.out.printf("Browser tests: events-service %s, %d events extracted, %d of the fixture articles stored; "
                    + "mode %s%n", url, real.size(), articleIds.size(), mode);
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

    private void awaitReady(String url) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The events-service exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(250); // polling interval of a condition wait, not a guess at how long start-up takes
        }
        throw new IllegalStateException("The events-service was not ready within " + START_TIMEOUT + ":\n" + tail());
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
        all.sort(Comparator.comparing((JsonNode e) -> e.path("date").path("start").asText())
                .thenComparing(e -> e.path("date").path("end").asText())
                .thenComparing(e -> e.path("id").asText()));
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
            stub = null;
        }
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            process = null;
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
