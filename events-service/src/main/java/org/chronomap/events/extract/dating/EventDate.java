package org.chronomap.events.extract.dating;

import java.time.LocalDate;

/**
 * When an event happened: the interval [start, end] (inclusive days) at a precision of
 * {@code day, week, month, year, range}. {@code basis} says where it came from: {@code text} (the
 * clause's own expression), {@code paragraph} (inherited, hence approximate), {@code publication}
 * (only the publication date; {@code asWritten} is then empty).
 */
public record EventDate(LocalDate start, LocalDate end, String precision, boolean approximate, String asWritten,
                        String basis) {

    public static final String TEXT = "text";
    public static final String PARAGRAPH = "paragraph";
    public static final String PUBLICATION = "publication";

    public boolean intersects(EventDate other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }
}
