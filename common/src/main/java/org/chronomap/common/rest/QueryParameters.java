package org.chronomap.common.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.UriInfo;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rejects query parameters an endpoint does not know, so a typo ("bbbox") never silently widens a
 * query (the OGC API test suite demands the 400 too).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static void requireKnown(UriInfo uri, Set<String> known) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(known);
        if (unknown.isEmpty()) {
            return;
        }
        String names = unknown.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "));
        String accepted = known.isEmpty() ? "no query parameters"
                : "only " + String.join(", ", new TreeSet<>(known));
        throw new BadRequestException("Unknown query parameter" + (unknown.size() > 1 ? "s " : " ") + names
                + "; this endpoint accepts " + accepted + ".");
    }
}
