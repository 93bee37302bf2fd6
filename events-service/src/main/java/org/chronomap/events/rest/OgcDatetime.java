package org.chronomap.events.rest;

import jakarta.ws.rs.BadRequestException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The OGC API {@code datetime} parameter: an RFC 3339 date or date-time ("2024-08-19",
 * "2024-08-19T10:00:00Z") or an interval "start/end" whose open ends are ".." or empty. Events are dated
 * to the day, so instants are compared by their UTC date.
 */
public record OgcDatetime(LocalDate from, LocalDate to) {

    public static OgcDatetime parse(String value) {
        if (value == null || value.isBlank()) {
            return new OgcDatetime(null, null);
        }
        String trimmed = value.trim();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            LocalDate day = instant(trimmed);
            if (day == null) {
                throw invalid(value);
            }
            return new OgcDatetime(day, day);
        }
        if (trimmed.indexOf('/', slash + 1) >= 0) {
            throw invalid(value);
        }
        LocalDate from = instant(trimmed.substring(0, slash));
        LocalDate to = instant(trimmed.substring(slash + 1));
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("'datetime' interval starts (" + from + ") after it ends (" + to + ").");
        }
        return new OgcDatetime(from, to);
    }

    /** @return the date, or null for an open end; throws for anything else */
    private static LocalDate instant(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.equals("..")) {
            return null;
        }
        try {
            return t.length() == 10 ? LocalDate.parse(t)
                    : OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw invalid(text);
        }
    }

    private static BadRequestException invalid(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return new BadRequestException("'datetime' must be an RFC 3339 date or date-time, or an interval "
                + "'start/end' with '..' for an open end (e.g. 2024-08-01/.. ); got '" + shown + "'.");
    }
}
