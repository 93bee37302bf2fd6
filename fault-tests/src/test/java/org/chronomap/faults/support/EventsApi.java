package org.chronomap.faults.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The events-service's HTTP contract (shared API.md), as the fault tests use it. */
public final class EventsApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;

    public EventsApi(String url) {
        this.url = url;
    }

    /** A response: its status and JSON body (null when the body is empty). */
    public record Answer(int status, JsonNode body) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    /** Throws {@link IOException} when no answer came back (connection refused or reset). */
    public Answer post(Report report) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("text", report.text(), "publishedAt", report.publishedAt()));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/articles"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), parse(response.body()));
    }

    public Answer get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            return new Answer(response.statusCode(), json ? parse(response.body()) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The check of that name in {@code /q/health} or one of its groups. */
    public JsonNode healthCheck(String path, String name) {
        for (JsonNode check : get(path).body().path("checks")) {
            if (check.path("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check '" + name + "' in " + path);
    }

    /** Every stored event, following {@code next}. */
    public List<JsonNode> allEvents() {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = get("/api/events?limit=500"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            if (page.status() != 200) {
                throw new AssertionError("GET /api/events answered " + page.status() + ": " + page.body());
            }
            page.body().path("events").forEach(all::add);
            cursor = page.body().path("next").isTextual() ? page.body().path("next").asText() : null;
        } while (cursor != null);
        return all;
    }

    /** An article's share of its events: event id → the sentences of this article it was read from. */
    public static Map<String, Set<String>> ownSources(String articleId, JsonNode events) {
        Map<String, Set<String>> out = new java.util.TreeMap<>();
        for (JsonNode event : events) {
            Set<String> spans = new TreeSet<>();
            for (JsonNode source : event.path("sources")) {
                if (source.path("articleId").asText().equals(articleId)) {
                    spans.add(source.path("start").asInt() + "-" + source.path("end").asInt());
                }
            }
            out.put(event.path("id").asText(), spans);
        }
        return out;
    }

    private static JsonNode parse(String body) throws IOException {
        return body == null || body.isBlank() ? null : JSON.readTree(body);
    }
}
