package org.chronomap.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronomap.faults.support.Database;
import org.chronomap.faults.support.EventsApi;
import org.chronomap.faults.support.Services;
import org.chronomap.testsupport.ServiceProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** The frontend's health follows the events-service: down when it is killed, up again when it is back. */
class FrontendHealthIT {

    @Test
    void frontendReportsTheEventsServiceState() throws Exception {
        ServiceProcess events = Services.events(Database.h2(), "for-frontend", "http://127.0.0.1:1").start();
        try (ServiceProcess frontend = ServiceProcess.on("frontend", Path.of(System.getProperty("frontend.jar")),
                Services.WORK.resolve("frontend"), Map.of("CHRONOMAP_EVENTS_URL", events.url)).start()) {
            EventsApi api = new EventsApi(frontend.url);
            JsonNode check = api.healthCheck("/q/health", "events-service");
            assertEquals("UP", check.path("status").asText(), check::toString);
            assertEquals(events.url, check.path("data").path("url").asText());

            events.kill();
            awaitStatus(api, "/q/health/ready", 503);
            check = api.healthCheck("/q/health/ready", "events-service");
            assertEquals("DOWN", check.path("status").asText(), check::toString);
            assertEquals(200, api.get("/q/health/live").status(), "alive: it still serves the page with a notice");
            assertEquals(200, api.get("/").status());

            Database.keepStore().forEach(events::setEnv);
            events.start();
            awaitStatus(api, "/q/health/ready", 200);
            assertEquals("UP", api.healthCheck("/q/health/ready", "events-service").path("status").asText());
        } finally {
            events.stop();
        }
    }

    private static void awaitStatus(EventsApi api, String path, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int last;
        while ((last = api.get(path).status()) != status) {
            if (Instant.now().isAfter(deadline)) {
                fail(path + " answered " + last + ", not " + status);
            }
            Thread.sleep(200); // polling interval of a condition wait
        }
    }
}
