package org.chronomap.events.rest;

import jakarta.ws.rs.BadRequestException;
import org.chronomap.events.event.EventQuery;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The opaque {@code cursor} of {@code GET /api/events}: base64url of {@code v1|<dateStart>|<eventId>}.
 * A forged or damaged cursor is a 400, never a query with unchecked values.
 */
public final class EventCursor {

    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");

    private EventCursor() {
    }

    public static String encode(EventQuery.Cursor cursor) {
        String raw = "v1|" + cursor.dateStart() + "|" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static EventQuery.Cursor decode(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length == 3 && parts[0].equals("v1") && EVENT_ID.matcher(parts[2]).matches()) {
                return new EventQuery.Cursor(LocalDate.parse(parts[1]), parts[2]);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // falls through to the same answer as any other malformed cursor
        }
        throw new BadRequestException("'cursor' is not a cursor this service issued; "
                + "use the 'next' value of a previous page.");
    }
}
