package org.chronomap.events.rest;

import org.chronomap.common.rest.QueryParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.chronomap.events.event.EventQuery;
import org.chronomap.events.event.EventRepository;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final Set<String> PARAMETERS = Set.of("from", "to", "bbox", "category", "place", "q", "limit",
            "cursor", "order");

    @Inject
    EventRepository events;

    public record EventPage(List<EventView> events, String next) {
    }

    @GET
    public EventPage list(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("bbox") String bbox, @QueryParam("category") String category,
                          @QueryParam("place") String place, @QueryParam("q") String q,
                          @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                          @QueryParam("order") String order, UriInfo uri) {
        QueryParameters.requireKnown(uri, PARAMETERS);
        EventQuery.Order sort = order(order);
        var query = filters(from, to, bbox, category, place, q, limit(limit), EventCursor.decode(cursor, sort), sort);
        EventRepository.Page page = events.search(query);
        return new EventPage(page.events(), page.next() == null ? null : EventCursor.encode(page.next(), sort));
    }

    /** The validated filters shared by the list, the exports and the OGC items, newest first. */
    static EventQuery filters(String from, String to, String bbox, String category, String place, String q,
                              int limit, EventQuery.Cursor cursor) {
        return filters(from, to, bbox, category, place, q, limit, cursor, EventQuery.Order.NEWEST_FIRST);
    }

    static EventQuery filters(String from, String to, String bbox, String category, String place, String q,
                              int limit, EventQuery.Cursor cursor, EventQuery.Order order) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadRequestException("'from' (" + fromDate + ") is after 'to' (" + toDate + ").");
        }
        if (q != null && q.length() > 200) {
            throw new BadRequestException("'q' must be at most 200 characters.");
        }
        return new EventQuery(fromDate, toDate, parseBbox(bbox), categories(category), placeId(place), q, limit,
                cursor, order);
    }

    /**
     * {@code desc} (newest first, the contract's default) or {@code asc} (oldest first, an extension for
     * clients that page a chronological list from its beginning).
     */
    static EventQuery.Order order(String value) {
        if (value == null || value.isBlank() || value.trim().equals("desc")) {
            return EventQuery.Order.NEWEST_FIRST;
        }
        if (value.trim().equals("asc")) {
            return EventQuery.Order.OLDEST_FIRST;
        }
        throw new BadRequestException("'order' must be 'desc' (newest first, the default) or 'asc' (oldest first).");
    }

    @GET
    @Path("{id}")
    public EventView get(@PathParam("id") String id) {
        return events.view(id).orElseThrow(() -> new NotFoundException("No event with id '" + id + "'."));
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be an ISO date such as 2024-08-19.");
        }
    }

    static int limit(String value) {
        return limit(value, DEFAULT_LIMIT, MAX_LIMIT);
    }

    static int limit(String value, int defaultLimit, int max) {
        if (value == null || value.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // same answer as out of range
        }
        throw new BadRequestException("'limit' must be an integer from 1 to " + max + ".");
    }

    /** W,S,E,N in degrees; W may exceed E for a box across the antimeridian. */
    public static EventQuery.BoundingBox parseBbox(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length == 4) {
            try {
                double west = Double.parseDouble(parts[0].trim());
                double south = Double.parseDouble(parts[1].trim());
                double east = Double.parseDouble(parts[2].trim());
                double north = Double.parseDouble(parts[3].trim());
                if (Math.abs(west) <= 180 && Math.abs(east) <= 180 && Math.abs(south) <= 90
                        && Math.abs(north) <= 90 && south <= north) {
                    return new EventQuery.BoundingBox(west, south, east, north);
                }
            } catch (NumberFormatException e) {
                // same answer as a box out of range
            }
        }
        throw new BadRequestException("'bbox' must be west,south,east,north in degrees "
                + "(longitudes -180..180, latitudes -90..90, south <= north), e.g. 30,45,40,53.");
    }

    static Set<String> categories(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<String> categories = new LinkedHashSet<>(Arrays.asList(value.trim().split("\\s*,\\s*")));
        for (String category : categories) {
            if (!EventRepository.CATEGORIES.contains(category)) {
                throw new BadRequestException("'category' must be one or more (comma-separated) of "
                        + EventRepository.CATEGORIES + "; got '" + category + "'.");
            }
        }
        return categories;
    }

    static Long placeId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // same answer as a negative id
        }
        throw new BadRequestException("'place' must be a GeoNames id (a positive integer).");
    }
}
