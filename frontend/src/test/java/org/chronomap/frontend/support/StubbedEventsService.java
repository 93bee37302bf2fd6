package org.chronomap.frontend.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Points the frontend under test at an {@link EventsServiceStub} serving the fixture. */
public class StubbedEventsService implements QuarkusTestResourceLifecycleManager {

    private EventsServiceStub stub;

    @Override
    public Map<String, String> start() {
        EventsServiceStub.Fixture fixture = EventsServiceStub.Fixture.load(Map.of());
        try {
            stub = new EventsServiceStub(fixture.events(), fixture.articles());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("chronomap.events-url", stub.url());
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
    }
}
