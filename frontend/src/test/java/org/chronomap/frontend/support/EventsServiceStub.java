package org.chronomap.frontend.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A stand-in for the events-service that speaks its contract ({@code GET /api/events} newest first with a
 * {@code next} cursor, or oldest first with {@code order=asc}; {@code GET /api/articles/{id}} and the
 * summaries of {@code GET /api/articles?ids=…}; the
 * {@code numberMatched} of the OGC API items) over fixture data.
 */
public final class EventsServiceStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> newestFirst;
    private final List<JsonNode> oldestFirst;
    private final Map<String, JsonNode> articles;

    public EventsServiceStub(List<JsonNode> events, Map<String, JsonNode> articles) throws IOException {
        this.newestFirst = new ArrayList<>(events);
        this.newestFirst.sort(Comparator.comparing((JsonNode e) -> e.path("date").path("start").asText())
                .thenComparing(e -> e.path("id").asText()).reversed());
        List<JsonNode> reversed = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(reversed);
        this.oldestFirst = List.copyOf(reversed);
        this.articles = new HashMap<>(articles);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/events", this::events);
        server.createContext("/api/articles/", this::article);
        server.createContext("/api/articles", this::summaries);
        server.createContext("/collections/events/items", this::items);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every event the stub serves, in the order the page must show them (oldest first). */
    public List<JsonNode> chronological() {
        return oldestFirst;
    }

    /**
     * Newest first, or oldest first with {@code order=asc} (the events-service's extension); the cursor
     * is an offset tagged with its order, and a cursor of the other order is a 400 as in the real service.
     */
    private void events(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI());
        int limit = Integer.parseInt(query.getOrDefault("limit", "50"));
        boolean ascending = "asc".equals(query.get("order"));
        String tag = ascending ? "asc:" : "desc:";
        String cursor = query.get("cursor");
        if (cursor != null && !cursor.startsWith(tag)) {
            send(exchange, 400, "application/problem+json",
                    "{\"status\":400,\"title\":\"Bad Request\",\"detail\":\"'cursor' belongs to the other order.\"}"
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        int offset = cursor == null ? 0 : Integer.parseInt(cursor.substring(tag.length()));
        List<JsonNode> ordered = ascending ? oldestFirst : newestFirst;
        ObjectNode page = JSON.createObjectNode();
        ArrayNode list = page.putArray("events");
        ordered.subList(Math.min(offset, ordered.size()), Math.min(offset + limit, ordered.size())).forEach(list::add);
        if (offset + limit < ordered.size()) {
            page.put("next", tag + (offset + limit));
        } else {
            page.putNull("next");
        }
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(page));
    }

    /** Only what the frontend reads from the OGC API items: {@code numberMatched}. */
    private void items(HttpExchange exchange) throws IOException {
        ObjectNode page = JSON.createObjectNode().put("type", "FeatureCollection").put("numberMatched", newestFirst.size());
        page.putArray("features");
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(page));
    }

    /** The summaries extension: the known articles among {@code ids}, without their texts and events. */
    private void summaries(HttpExchange exchange) throws IOException {
        String ids = query(exchange.getRequestURI()).getOrDefault("ids", "");
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("articles");
        for (String id : ids.split(",")) {
            JsonNode article = articles.get(id);
            if (article != null) {
                ObjectNode summary = ((ObjectNode) article).deepCopy();
                summary.remove(List.of("text", "events"));
                list.add(summary);
            }
        }
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(answer));
    }

    private void article(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/api/articles/".length());
        JsonNode article = articles.get(id);
        if (article != null) {
            send(exchange, 200, "application/json", JSON.writeValueAsBytes(article));
            return;
        }
        send(exchange, 404, "application/problem+json",
                "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"No article with this id.\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> map = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    map.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return map;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /**
     * The fixture of {@code fixtures/events.json}: articles keyed by a short name, events whose sources
     * name an {@code articleKey}. {@code articleIds} maps each key to a real article id (from a real
     * events-service); keys without a mapping get a made-up id.
     */
    public record Fixture(List<JsonNode> events, Map<String, JsonNode> articles, List<JsonNode> articleRequests) {

        public static Fixture load(Map<String, String> articleIds) {
            try (InputStream in = EventsServiceStub.class.getResourceAsStream("/fixtures/events.json")) {
                JsonNode root = JSON.readTree(in);
                Map<String, JsonNode> articles = new HashMap<>();
                List<JsonNode> requests = new ArrayList<>();
                for (JsonNode a : root.path("articles")) {
                    String key = a.path("key").asText();
                    String id = articleIds.getOrDefault(key, "article-" + key);
                    ObjectNode view = JSON.createObjectNode();
                    view.put("id", id).put("title", a.path("title").asText()).put("publishedAt", a.path("publishedAt").asText())
                            .put("publishedAtInferred", false).put("source", a.path("source").asText()).put("url", a.path("url").asText());
                    view.putArray("events");
                    articles.put(id, view);
                    ObjectNode request = ((ObjectNode) a.deepCopy());
                    request.remove("key");
                    requests.add(request);
                }
                List<JsonNode> events = new ArrayList<>();
                for (JsonNode e : root.path("events")) {
                    ObjectNode event = e.deepCopy();
                    for (JsonNode s : event.path("sources")) {
                        String key = ((ObjectNode) s).remove("articleKey").asText();
                        ((ObjectNode) s).put("articleId", articleIds.getOrDefault(key, "article-" + key));
                    }
                    events.add(event);
                }
                return new Fixture(events, articles, requests);
            } catch (IOException e) {
                throw new IllegalStateException("fixtures/events.json is unreadable", e);
            }
        }

        public static List<String> articleKeys() {
            try (InputStream in = EventsServiceStub.class.getResourceAsStream("/fixtures/events.json")) {
                List<String> keys = new ArrayList<>();
                JSON.readTree(in).path("articles").forEach(a -> keys.add(a.path("key").asText()));
                return keys;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
