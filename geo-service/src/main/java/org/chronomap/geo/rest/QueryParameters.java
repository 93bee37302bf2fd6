package org.chronomap.geo.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.UriInfo;

import java.util.Set;
import java.util.TreeSet;

/** Rejects query parameters an endpoint does not know (the OGC API test suite demands a 400). */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static void requireKnown(UriInfo uri, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new BadRequestException("Unknown query parameter" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown.stream().map(p -> "'" + p + "'").toList())
                    + "; allowed: " + String.join(", ", new TreeSet<>(allowed)));
        }
    }
}
