package org.chronomap.benchmarks;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Natty 0.13, a date parser rather than a TIMEX3 tagger: it finds date and time expressions relative to a
 * reference date but has no durations and no TimeML extents. Fed one sentence at a time (it is built for
 * short inputs); each date group becomes a DATE (or TIME when a clock time was written, SET when recurring)
 * with the day as value.
 */
final class NattySystem implements TimexBenchmark.TimexSystem {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)", Pattern.MULTILINE);
    private static final PrintStream SILENT = new PrintStream(OutputStream.nullOutputStream());
    private final Parser parser = new Parser(TimeZone.getTimeZone("UTC"));

    @Override
    public String name() {
        return "natty";
    }

    @Override
    public List<TempEvalScorer.Timex> tag(String text, LocalDate dct) {
        Date reference = Date.from(dct.atTime(12, 0).atZone(ZoneId.of("UTC")).toInstant());
        List<TempEvalScorer.Timex> result = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            String sentence = s.group();
            if (sentence.isBlank()) {
                continue;
            }
            List<DateGroup> groups;
            // Natty's ANTLR grammar prints every parse error to standard error.
            PrintStream err = System.err;
            System.setErr(SILENT);
            try {
                groups = parser.parse(sentence, reference);
            } catch (RuntimeException e) {
                continue;
            } finally {
                System.setErr(err);
            }
            for (DateGroup g : groups) {
                if (g.getDates().isEmpty()) {
                    continue;
                }
                int at = s.start() + g.getPosition();
                String surface = g.getText();
                if (at < 0 || at + surface.length() > text.length() || !text.startsWith(surface, at)) {
                    at = text.indexOf(surface, s.start());
                    if (at < 0) {
                        continue;
                    }
                }
                LocalDateTime when = LocalDateTime.ofInstant(g.getDates().get(0).toInstant(), ZoneId.of("UTC"));
                String type = g.isRecurring() ? "SET" : g.isTimeInferred() ? "DATE" : "TIME";
                String value = type.equals("TIME")
                        ? String.format(Locale.ROOT, "%sT%02d:%02d", when.toLocalDate(), when.getHour(), when.getMinute())
                        : when.toLocalDate().toString();
                int start = text.codePointCount(0, at);
                result.add(new TempEvalScorer.Timex(start, start + surface.codePointCount(0, surface.length()),
                        surface, type, value));
            }
        }
        return result;
    }
}
