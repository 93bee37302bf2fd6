package org.chronomap.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronomap.faults.support.AtOnce;
import org.chronomap.faults.support.Database;
import org.chronomap.faults.support.EventsApi;
import org.chronomap.faults.support.EventsApi.Answer;
import org.chronomap.faults.support.Report;
import org.chronomap.faults.support.Services;
import org.chronomap.testsupport.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Faults of the real services, run as processes from their packaged jars: the geo-service down while
 * articles arrive, the events-service killed in the middle of a stream of ingests, and floods of
 * concurrent posts. Each database the events-service supports runs the whole suite (a subclass per
 * database).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FaultSuite {

    private static final Duration PLACES_RESOLVED_WITHIN = Duration.ofMinutes(1);

    /** One events-service for the concurrency tests; each asserts only on the articles it posted. */
    private ServiceProcess shared;

    abstract Database database();

    @BeforeAll
    void startSharedEventsService() throws Exception {
        shared = Services.events(database(), "concurrent", Services.geoRunning().url).start();
    }

    @AfterAll
    void stopSharedEventsService() {
        if (shared != null) {
            shared.stop();
        }
    }

    @Test
    void articlesArrivingWhileTheGeoServiceIsDownGetTheirPlacesWhenItIsBack() throws Exception {
        ServiceProcess geo = Services.geo();
        geo.stop();
        try (ServiceProcess events = Services.events(database(), "geo-down", geo.url).start()) {
            EventsApi api = new EventsApi(events.url);
            Map<String, JsonNode> accepted = new LinkedHashMap<>();
            for (int i = 0; i < 6; i++) {
                Answer answer = api.post(Report.distinct("geo-down", i));
                assertEquals(201, answer.status(), () -> "accepted while the geo-service is down: " + answer.body());
                JsonNode extracted = answer.body().path("events");
                assertFalse(extracted.isEmpty(), () -> "stored with its events: " + answer.body());
                for (JsonNode place : extracted.findValues("places").stream().flatMap(p -> p.valueStream()).toList()) {
                    assertEquals("pending", place.path("resolution").asText(), answer.body()::toString);
                }
                accepted.put(answer.body().path("id").asText(), extracted);
            }

            // Ready for ingest, and saying why places wait.
            assertEquals(200, api.get("/q/health/ready").status());
            for (String path : List.of("/q/health/ready", "/q/health")) {
                JsonNode geoCheck = api.healthCheck(path, "geo-service");
                assertEquals("UP", geoCheck.path("status").asText(), geoCheck::toString);
                assertEquals("DOWN", geoCheck.path("data").path("geoService").asText(), geoCheck::toString);
                assertEquals("degraded", geoCheck.path("data").path("mode").asText(), geoCheck::toString);
                assertEquals(accepted.size(), geoCheck.path("data").path("pendingArticles").asInt(), geoCheck::toString);
                assertTrue(geoCheck.path("data").path("pendingPlaces").asInt() >= accepted.size(), geoCheck::toString);
            }

            geo.start();
            Instant back = Instant.now();
            Instant deadline = back.plus(PLACES_RESOLVED_WITHIN);
            JsonNode geoCheck = api.healthCheck("/q/health/ready", "geo-service");
            while (geoCheck.path("data").path("pendingPlaces").asInt() > 0
                    || geoCheck.path("data").path("pendingArticles").asInt() > 0) {
                if (Instant.now().isAfter(deadline)) {
                    fail("places still pending " + PLACES_RESOLVED_WITHIN + " after the geo-service was back: "
                            + geoCheck + "\n" + events.tail());
                }
                Thread.sleep(250); // polling interval of a condition wait
                geoCheck = api.healthCheck("/q/health/ready", "geo-service");
            }
            System.out.printf("[%s] geo-service back: %d articles' pending places resolved %.1f s after it was ready%n",
                    database().kind(), accepted.size(), Duration.between(back, Instant.now()).toMillis() / 1000.0);
            assertEquals("UP", geoCheck.path("data").path("geoService").asText(), geoCheck::toString);
            assertEquals("normal", geoCheck.path("data").path("mode").asText(), geoCheck::toString);

            Set<String> eventIds = new HashSet<>();
            for (Map.Entry<String, JsonNode> article : accepted.entrySet()) {
                JsonNode now = api.get("/api/articles/" + article.getKey() + "/events").body();
                assertEquals(EventsApi.ownSources(article.getKey(), article.getValue()),
                        EventsApi.ownSources(article.getKey(), now), "same events and sources as when accepted");
                for (JsonNode event : now) {
                    eventIds.add(event.path("id").asText());
                    assertNoDuplicates(event);
                    assertTrue(event.path("geometry").has("coordinates"), () -> "placed on the map: " + event);
                    event.path("places").forEach(place -> assertEquals("resolved", place.path("resolution").asText(),
                            event::toString));
                }
            }
            assertEquals(eventIds.size(), api.allEvents().size(), "no event created twice by the retry");
        }
    }

    @Test
    void killedInTheMiddleOfAStreamOfIngestsItLosesNothingAcknowledgedAndHalfStoresNothing() throws Exception {
        ServiceProcess events = Services.events(database(), "kill", Services.geoRunning().url).start();
        try {
            EventsApi api = new EventsApi(events.url);
            Map<Report, JsonNode> acknowledged = new ConcurrentHashMap<>();
            Set<Report> unanswered = ConcurrentHashMap.newKeySet();
            List<String> unexpected = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            CountDownLatch enoughAcknowledged = new CountDownLatch(30);
            int clients = 4;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (true) {
                        Report report = Report.distinct("kill", next.getAndIncrement());
                        try {
                            Answer answer = api.post(report);
                            if (!answer.ok()) {
                                synchronized (unexpected) {
                                    unexpected.add(answer.status() + " " + answer.body());
                                }
                                return null;
                            }
                            acknowledged.put(report, answer.body());
                            enoughAcknowledged.countDown();
                        } catch (IOException noAnswer) {
                            unanswered.add(report);
                            return null;
                        }
                    }
                });
            }
            assertTrue(enoughAcknowledged.await(5, TimeUnit.MINUTES), "30 articles acknowledged before the kill");
            events.kill();
            pool.shutdown();
            assertTrue(pool.awaitTermination(3, TimeUnit.MINUTES), "every client saw the service die");
            assertEquals(List.of(), unexpected, "only 2xx before the kill");

            Database.keepStore().forEach(events::setEnv);
            events.start();

            for (Map.Entry<Report, JsonNode> entry : acknowledged.entrySet()) {
                String id = entry.getValue().path("id").asText();
                JsonNode sent = entry.getValue().path("events");
                assertFalse(sent.isEmpty(), () -> "each report has events: " + entry.getValue());
                Answer now = api.get("/api/articles/" + id + "/events");
                assertEquals(200, now.status(), () -> "acknowledged article " + id + " survived the kill");
                assertEquals(EventsApi.ownSources(id, sent), EventsApi.ownSources(id, now.body()),
                        "article " + id + " has the events its 2xx answer returned");
            }
            // Those in flight at the kill: stored whole (a repeat post finds them, 200, with events) or not at all.
            int storedInFlight = 0;
            for (Report report : unanswered) {
                Answer again = api.post(report);
                assertTrue(again.ok(), () -> "re-post answered " + again.status());
                if (again.status() == 200) {
                    storedInFlight++;
                    assertFalse(again.body().path("events").isEmpty(), () -> "half-stored: " + again.body());
                }
            }
            Map<String, Boolean> articleExists = new ConcurrentHashMap<>();
            for (JsonNode event : api.allEvents()) {
                assertFalse(event.path("sources").isEmpty(), () -> "orphan event without a source: " + event);
                for (JsonNode source : event.path("sources")) {
                    String articleId = source.path("articleId").asText();
                    assertTrue(articleExists.computeIfAbsent(articleId,
                                    a -> api.get("/api/articles/" + a).status() == 200),
                            () -> "event " + event.path("id") + " points at a missing article " + articleId);
                }
            }
            System.out.printf("[%s] kill -9 after %d acknowledged ingests; %d in flight or refused, %d of them stored%n",
                    database().kind(), acknowledged.size(), unanswered.size(), storedInFlight);
        } finally {
            events.stop();
        }
    }

    @Test
    void theSameArticlePostedTwentyTimesAtOnceIsStoredOnce() throws Exception {
        EventsApi api = new EventsApi(shared.url);
        Report report = Report.distinct("twenty", 20);
        List<Answer> answers = AtOnce.run(20, IntStream.range(0, 20)
                .<Callable<Answer>>mapToObj(i -> () -> api.post(report)).toList());

        Set<String> ids = new HashSet<>();
        int created = 0;
        for (Answer answer : answers) {
            assertTrue(answer.ok(), () -> answer.status() + " " + answer.body());
            ids.add(answer.body().path("id").asText());
            created += answer.status() == 201 ? 1 : 0;
        }
        assertEquals(1, ids.size(), "one id for one text");
        assertEquals(1, created, "one post created it, the others found it");
        String id = ids.iterator().next();
        JsonNode stored = api.get("/api/articles/" + id + "/events").body();
        assertFalse(stored.isEmpty());
        for (Answer answer : answers) {
            assertEquals(EventsApi.ownSources(id, stored), EventsApi.ownSources(id, answer.body().path("events")),
                    "every answer shows the one stored set of events");
        }
        stored.forEach(FaultSuite::assertNoDuplicates);
    }

    @Test
    void aThousandDifferentArticlesFromSixteenClientsAreAllStored() throws Exception {
        EventsApi api = new EventsApi(shared.url);
        List<Report> reports = IntStream.range(0, 1000).mapToObj(i -> Report.distinct("thousand", i)).toList();
        Instant start = Instant.now();
        List<Answer> answers = AtOnce.run(16, reports.stream().<Callable<Answer>>map(r -> () -> api.post(r)).toList());
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        System.out.printf("[%s] 1,000 articles from 16 clients ingested in %.1f s (%.1f articles/s, geo-service up)%n",
                database().kind(), seconds, 1000 / seconds);

        Set<String> ids = new HashSet<>();
        for (Answer answer : answers) {
            assertEquals(201, answer.status(), () -> String.valueOf(answer.body()));
            assertFalse(answer.body().path("events").isEmpty(), answer.body()::toString);
            ids.add(answer.body().path("id").asText());
        }
        assertEquals(1000, ids.size());
        for (Answer answer : answers) {
            String id = answer.body().path("id").asText();
            Answer stored = api.get("/api/articles/" + id + "/events");
            assertEquals(200, stored.status());
            assertEquals(EventsApi.ownSources(id, answer.body().path("events")), EventsApi.ownSources(id, stored.body()));
        }
    }

    @Test
    void reportsOfOneHappeningPostedAtTheSameInstantMergeIntoOneEvent() throws Exception {
        EventsApi api = new EventsApi(shared.url);
        int happenings = 12;
        List<Report> reports = IntStream.range(0, happenings)
                .mapToObj(k -> Report.sameHappening("race", k)).flatMap(List::stream).toList();
        List<Answer> answers = AtOnce.run(reports.size(),
                reports.stream().<Callable<Answer>>map(r -> () -> api.post(r)).toList());

        for (int k = 0; k < happenings; k++) {
            Answer first = answers.get(2 * k);
            Answer second = answers.get(2 * k + 1);
            assertEquals(201, first.status(), () -> String.valueOf(first.body()));
            assertEquals(201, second.status(), () -> String.valueOf(second.body()));
            String firstId = first.body().path("id").asText();
            String secondId = second.body().path("id").asText();
            Set<String> firstEvents = api.get("/api/articles/" + firstId + "/events").body().findValuesAsText("id")
                    .stream().collect(Collectors.toSet());
            JsonNode secondEvents = api.get("/api/articles/" + secondId + "/events").body();
            assertEquals(1, secondEvents.size(), secondEvents::toString);
            assertEquals(firstEvents, Set.of(secondEvents.get(0).path("id").asText()),
                    "happening " + k + " reported twice at once is one event: " + reports.get(2 * k).text());
            JsonNode event = secondEvents.get(0);
            Set<String> sourceArticles = new HashSet<>(event.path("sources").findValuesAsText("articleId"));
            assertEquals(Set.of(firstId, secondId), sourceArticles, event::toString);
        }
    }

    /** Within one event: no source twice, no place twice (by GeoNames id, else by name). */
    private static void assertNoDuplicates(JsonNode event) {
        List<String> sources = new ArrayList<>();
        event.path("sources").forEach(s -> sources.add(s.path("articleId").asText() + "@" + s.path("start").asInt()));
        assertEquals(new HashSet<>(sources).size(), sources.size(), () -> "duplicate source: " + event);
        List<String> places = new ArrayList<>();
        event.path("places").forEach(p -> places.add(p.hasNonNull("geonameId") ? p.path("geonameId").asText()
                : p.path("name").asText().toLowerCase()));
        assertEquals(new HashSet<>(places).size(), places.size(), () -> "duplicate place: " + event);
    }
}
