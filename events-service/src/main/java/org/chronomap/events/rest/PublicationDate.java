package org.chronomap.events.rest;

import jakarta.ws.rs.BadRequestException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parses the {@code publishedAt}/{@code dct} fields: an ISO date, or an RFC 3339 date-time whose date is used. */
public final class PublicationDate {

    private PublicationDate() {
    }

    /** @return the date, or null when the value is absent or blank */
    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return trimmed.length() <= 10 ? LocalDate.parse(trimmed) : OffsetDateTime.parse(trimmed).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + field + "' must be a date (2024-08-19) or an RFC 3339 date-time "
                    + "(2024-08-19T10:00:00Z); got '" + abbreviate(trimmed) + "'.");
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
