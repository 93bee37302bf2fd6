package org.chronomap.frontend.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Serves {@link #COUNT} generated events through an {@link EventsServiceStub}: a mix like real news
 * (mostly single days, some weeks, months and ranges, some approximate), dense around a few hot spots
 * so clustering and lane stacking are exercised, with a few polygons and lines. Seeded: every run
 * draws the same events.
 */
public class GeneratedEvents implements QuarkusTestResourceLifecycleManager {

    /** Events served unless the resource's {@code count} argument says otherwise. */
    public static final int COUNT = 10_000;

    /** Where the stub serves them, for tests that compare the page with what the service serves. */
    public static volatile String eventsUrl;
    private static final String[] CATEGORIES = {"attack", "battle", "territorial-change", "civilian-harm",
            "evacuation", "emergency", "diplomacy", "other"};
    /** Hot spots (lon, lat): Kursk, Pokrovsk, Kharkiv, Kyiv, Zaporizhzhia, Odesa, Moscow, Geneva. */
    private static final double[][] SPOTS = {{36.2, 51.7}, {37.2, 48.3}, {36.25, 50.0}, {30.5, 50.45},
            {35.1, 47.8}, {30.7, 46.5}, {37.6, 55.75}, {6.14, 46.2}};

    private final ObjectMapper json = new ObjectMapper();
    private EventsServiceStub stub;
    private int count = COUNT;

    @Override
    public void init(Map<String, String> initArgs) {
        count = Integer.parseInt(initArgs.getOrDefault("count", Integer.toString(COUNT)));
    }

    @Override
    public Map<String, String> start() {
        Random random = new Random(42);
        Map<String, JsonNode> articles = new HashMap<>();
        for (int a = 0; a < 200; a++) {
            ObjectNode article = json.createObjectNode();
            article.put("id", "article-" + a).put("title", "Generated article " + a).put("source", "Outlet " + (a % 7))
                    .put("url", "https://example.org/a/" + a).put("publishedAt", LocalDate.of(2023, 1, 1).plusDays(a * 3L).toString());
            articles.put("article-" + a, article);
        }
        List<JsonNode> events = new ArrayList<>();
        LocalDate first = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < count; i++) {
            ObjectNode event = json.createObjectNode();
            event.put("id", String.format("gen-%05d", i));
            event.put("title", "Generated event " + i + " near hot spot " + (i % SPOTS.length));
            event.put("category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
            LocalDate start = first.plusDays(random.nextInt(730));
            double kind = random.nextDouble();
            String precision = kind < 0.7 ? "day" : kind < 0.8 ? "week" : kind < 0.9 ? "month" : "range";
            LocalDate end = switch (precision) {
                case "week" -> start.plusDays(6);
                case "month" -> start.plusMonths(1).minusDays(1);
                case "range" -> start.plusDays(2 + random.nextInt(20));
                default -> start;
            };
            ObjectNode date = event.putObject("date");
            date.put("start", start.toString()).put("end", end.toString()).put("precision", precision)
                    .put("approximate", random.nextDouble() < 0.15).put("asWritten", "on day " + i).put("basis", "text");
            double[] spot = SPOTS[random.nextInt(SPOTS.length)];
            double lon = spot[0] + random.nextGaussian() * 0.8;
            double lat = spot[1] + random.nextGaussian() * 0.5;
            ObjectNode place = event.putArray("places").addObject();
            place.put("name", "Place " + (i % 500)).put("countryCode", "UA").put("featureCode", "PPL")
                    .put("lat", lat).put("lon", lon).put("role", "location");
            ObjectNode geometry = event.putObject("geometry");
            double shape = random.nextDouble();
            if (shape < 0.03) {
                geometry.put("type", "Polygon");
                ArrayNode ring = geometry.putArray("coordinates").addArray();
                double[][] corners = {{lon - .3, lat - .2}, {lon + .3, lat - .2}, {lon + .3, lat + .2}, {lon - .3, lat + .2}, {lon - .3, lat - .2}};
                for (double[] c : corners) {
                    ring.addArray().add(c[0]).add(c[1]);
                }
            } else if (shape < 0.05) {
                geometry.put("type", "LineString");
                ArrayNode line = geometry.putArray("coordinates");
                line.addArray().add(lon - .4).add(lat - .1);
                line.addArray().add(lon).add(lat);
                line.addArray().add(lon + .4).add(lat + .1);
            } else {
                geometry.put("type", "Point");
                geometry.putArray("coordinates").add(lon).add(lat);
            }
            ArrayNode sources = event.putArray("sources");
            int n = 1 + random.nextInt(3);
            for (int s = 0; s < n; s++) {
                sources.addObject().put("articleId", "article-" + random.nextInt(200)).put("start", 0).put("end", 80)
                        .put("text", "Officials said " + (10 + random.nextInt(990)) + " people were affected in event " + i + ".")
                        .put("attribution", "officials");
            }
            events.add(event);
        }
        try {
            stub = new EventsServiceStub(events, articles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        eventsUrl = stub.url();
        return Map.of("chronomap.events-url", stub.url());
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
    }
}
