package org.chronomap.events.extract.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEMPORARY stand-in for the publication-date inference of branch {@code time}: reads only an
 * RFC 1123-style dateline ("Sun, 11 Aug 2024 00:08 UTC"). Deleted when that branch is merged.
 */
public final class PublicationDateInference {

    private static final Pattern DATELINE = Pattern.compile(
            "\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4})\\b");

    private PublicationDateInference() {
    }

    public static Optional<LocalDate> infer(String text) {
        Matcher m = DATELINE.matcher(text);
        if (m.find()) {
            try {
                return Optional.of(LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
