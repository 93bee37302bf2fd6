package org.chronomap.events.rest;

import jakarta.ws.rs.BadRequestException;
import org.chronomap.events.event.EventQuery;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The opaque {@code cursor} of {@code GET /api/events}: base64url of {@code <order>|<dateStart>|<eventId>},
 * where {@code <order>} is {@code v1} for newest first (the format issued before oldest-first existed, so
 * those cursors keep working) and {@code v1-asc} for oldest first. A cursor is a position in one order
 * only: used with the other order it would skip or repeat events, so it is refused like a forged or
 * damaged one, with a 400 and never a query with unchecked values.
 */
public final class EventCursor {

    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");
    private static final String NEWEST_FIRST = "v1";
    private static final String OLDEST_FIRST = "v1-asc";

    private EventCursor() {
    }

    /** A cursor in the newest-first order of the contract. */
    public static String encode(EventQuery.Cursor cursor) {
        return encode(cursor, EventQuery.Order.NEWEST_FIRST);
    }

    public static String encode(EventQuery.Cursor cursor, EventQuery.Order order) {
        String raw = tag(order) + "|" + cursor.dateStart() + "|" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor that must belong to the newest-first order of the contract. */
    public static EventQuery.Cursor decode(String token) {
        return decode(token, EventQuery.Order.NEWEST_FIRST);
    }

    public static EventQuery.Cursor decode(String token, EventQuery.Order order) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String[] parts = null;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == 3 && parts[0].equals(tag(order)) && EVENT_ID.matcher(parts[2]).matches()) {
                return new EventQuery.Cursor(LocalDate.parse(parts[1]), parts[2]);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // falls through to the same answer as any other malformed cursor
        }
        if (parts != null && parts.length == 3 && parts[0].equals(tag(other(order)))) {
            throw new BadRequestException("'cursor' belongs to a page in the other order; ask for the next page "
                    + "with the same 'order' as the page that gave it, or start again without a cursor.");
        }
        throw new BadRequestException("'cursor' is not a cursor this service issued; "
                + "use the 'next' value of a previous page.");
    }

    private static String tag(EventQuery.Order order) {
        return order == EventQuery.Order.OLDEST_FIRST ? OLDEST_FIRST : NEWEST_FIRST;
    }

    private static EventQuery.Order other(EventQuery.Order order) {
        return order == EventQuery.Order.OLDEST_FIRST ? EventQuery.Order.NEWEST_FIRST : EventQuery.Order.OLDEST_FIRST;
    }
}
