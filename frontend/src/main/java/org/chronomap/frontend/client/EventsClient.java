package org.chronomap.frontend.client;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The frontend's only door to the events-service. It owns the timeouts, retries and circuit breaker,
 * so a slow or dead events-service costs a reader at most a few seconds, and then nothing while the
 * breaker is open.
 */
@ApplicationScoped
public class EventsClient {

    /** The events-service's largest accepted page. */
    public static final int PAGE_SIZE = 500;
    /** The most article ids the events-service takes in one summaries call. */
    public static final int SUMMARY_BATCH = 100;

    private final EventsRestClient rest;

    EventsClient(@RestClient EventsRestClient rest) {
        this.rest = rest;
    }

    /**
     * One page of every event, newest first as the contract says, or oldest first ({@code order=asc},
     * the events-service's extension), so the page's chronological list needs only the pages it shows.
     * A cursor continues only the order that issued it.
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = {WebApplicationException.class, CircuitBreakerOpenException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public EventPage page(String cursor, boolean oldestFirst) {
        return rest.events(PAGE_SIZE, cursor, oldestFirst ? "asc" : null);
    }

    /** The event with the latest start date, if there is any event. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = WebApplicationException.class)
    public Optional<EventView> newest() {
        EventPage page = rest.events(1, null, null);
        return page == null || page.events() == null ? Optional.empty() : page.events().stream().findFirst();
    }

    /** How many events there are, as the OGC API items say ({@code numberMatched}); empty when they do not. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = WebApplicationException.class)
    public OptionalLong count() {
        EventsRestClient.MatchedCount matched = rest.matched(1);
        return matched == null || matched.numberMatched() == null ? OptionalLong.empty()
                : OptionalLong.of(matched.numberMatched());
    }

    /**
     * The metadata of the known articles among {@code ids} (at most {@link #SUMMARY_BATCH}), in one call and
     * without their texts; unknown ids are left out.
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = {WebApplicationException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public List<ArticleSummary> summaries(Collection<String> ids) {
        if (ids.size() > SUMMARY_BATCH) {
            throw new IllegalArgumentException("at most " + SUMMARY_BATCH + " ids per call");
        }
        EventsRestClient.ArticleSummaries answer = rest.summaries(String.join(",", ids));
        return answer == null || answer.articles() == null ? List.of() : answer.articles();
    }

    /** A single cheap call without retries, for the readiness check: it must answer quickly and honestly. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    public void ping() {
        rest.events(1, null, null);
    }
}
