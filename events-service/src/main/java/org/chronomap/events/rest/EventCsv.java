package org.chronomap.events.rest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Events as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled). Text fields that a spreadsheet would run as a formula (starting with = + - @ tab
 * or carriage return) get a leading apostrophe, so an article cannot plant a formula in an export.
 */
public final class EventCsv {

    static final List<String> HEADER = List.of("id", "title", "category", "date_start", "date_end", "precision",
            "approximate", "as_written", "date_basis", "location", "geonameid", "lat", "lon", "sources",
            "attributions", "figures");

    private EventCsv() {
    }

    public static String write(List<EventView> events) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (EventView e : events) {
            EventView.PlaceView location = e.places().stream().filter(p -> "location".equals(p.role()))
                    .findFirst().orElse(null);
            row(out, List.of(text(e.id()), text(e.title()), text(e.category()),
                    String.valueOf(e.date().start()), String.valueOf(e.date().end()), text(e.date().precision()),
                    String.valueOf(e.date().approximate()), text(e.date().asWritten()), text(e.date().basis()),
                    location == null ? "" : text(location.name()),
                    location == null || location.geonameId() == null ? "" : String.valueOf(location.geonameId()),
                    location == null || location.lat() == null ? "" : String.valueOf(location.lat()),
                    location == null || location.lon() == null ? "" : String.valueOf(location.lon()),
                    String.valueOf(e.sources().size()),
                    text(e.sources().stream().map(EventView.SourceView::attribution).filter(a -> a != null)
                            .distinct().collect(Collectors.joining("; "))),
                    text(e.sources().stream().flatMap(s -> s.figures().stream()).distinct()
                            .collect(Collectors.joining("; ")))));
        }
        return out.toString();
    }

    /** Neutralises spreadsheet formulas in free text; numbers written by this class never pass here. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
