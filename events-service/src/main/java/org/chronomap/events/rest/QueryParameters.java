package org.chronomap.events.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.UriInfo;

import java.util.Set;
import java.util.TreeSet;

/** Rejects query parameters an endpoint does not know, so a typo ("bbbox") never silently widens a query. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static void allowOnly(UriInfo uri, Set<String> known) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new BadRequestException("Unknown query parameter(s) " + unknown + "; this endpoint accepts "
                    + new TreeSet<>(known) + ".");
        }
    }
}
