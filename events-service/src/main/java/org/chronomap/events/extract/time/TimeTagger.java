package org.chronomap.events.extract.time;

import org.chronomap.events.extract.sentence.AnalyzedText;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEMPORARY: a minimal stand-in with the API of the time tagger being written on branch {@code time}
 * ({@code tag(AnalyzedText, LocalDate)}). It covers only the commonest news expressions so that the
 * event pipeline can be built and tested; it is deleted when that branch is merged.
 */
public class TimeTagger {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private record Rule(String name, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("month-day-year", Pattern.compile("\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b")),
            new Rule("day-month-year", Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ") (\\d{4})\\b")),
            new Rule("month-day", Pattern.compile("\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})")),
            new Rule("part-month", Pattern.compile("\\b(early|mid|late)[- ](" + MONTHS + ")(?: (\\d{4}))?\\b", Pattern.CASE_INSENSITIVE)),
            new Rule("season-year", Pattern.compile("\\b(spring|summer|autumn|fall|winter) (\\d{4})\\b", Pattern.CASE_INSENSITIVE)),
            new Rule("month-year", Pattern.compile("\\b(" + MONTHS + ") (\\d{4})\\b")),
            new Rule("month", Pattern.compile("(?<=\\b(?:in|by|since|until|of|from) )(" + MONTHS + ")\\b")),
            new Rule("year", Pattern.compile("(?<=\\b(?:in|since|by|until|of|from) )((?:19|20)\\d{2})\\b(?! (?:people|troops|km))")),
            new Rule("weekday", Pattern.compile("\\b(" + DAYS + ")\\b")),
            new Rule("rel-week", Pattern.compile("\\b(last|this|next|earlier this|later this) (week|month|year)\\b", Pattern.CASE_INSENSITIVE)),
            new Rule("day-before", Pattern.compile("\\bthe (day before|previous day)\\b|\\byesterday\\b", Pattern.CASE_INSENSITIVE)),
            new Rule("weekend", Pattern.compile("\\b(?:over|during|at) the weekend\\b", Pattern.CASE_INSENSITIVE)),
            new Rule("ago", Pattern.compile("\\b(?:(nearly|almost|about|more than|over) )?(two|three|four|five|six|\\d+) (days|weeks|months|years) (ago|after)\\b", Pattern.CASE_INSENSITIVE)));

    public List<TimeExpression> tag(AnalyzedText text, LocalDate dct) {
        String source = text.text();
        List<TimeExpression> found = new ArrayList<>();
        boolean[] taken = new boolean[source.length() + 1];
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(source);
            while (m.find()) {
                if (taken[m.start()] || taken[m.end() - 1]) {
                    continue;
                }
                TimeExpression resolved = resolve(rule.name(), m, dct, future(text, m.start()), text);
                if (resolved != null) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    found.add(resolved);
                }
            }
        }
        found.sort(Comparator.comparingInt(TimeExpression::start));
        return found;
    }

    /** Future reading of a weekday: the words just before it speak of what will, or is expected to, happen. */
    private static boolean future(AnalyzedText text, int at) {
        String before = text.text().substring(Math.max(0, at - 60), at).toLowerCase(Locale.ROOT);
        int stop = Math.max(before.lastIndexOf(','), before.lastIndexOf('.'));
        before = before.substring(stop + 1);
        return before.matches(".*\\b(will|expected|scheduled|due|to visit|plans?)\\b.*");
    }

    private static TimeExpression resolve(String rule, Matcher m, LocalDate dct, boolean future, AnalyzedText t) {
        if (dct == null) {
            return null;
        }
        int cs = t.codePoints().toCodePoint(m.start());
        int ce = t.codePoints().toCodePoint(m.end());
        String s = m.group();
        switch (rule) {
            case "month-day-year" -> {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
                return x(cs, ce, s, d.toString(), d, d, "day", false, rule);
            }
            case "day-month-year" -> {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
                return x(cs, ce, s, d.toString(), d, d, "day", false, rule);
            }
            case "month-day" -> {
                int day = Integer.parseInt(m.group(2));
                if (day < 1 || day > 31) {
                    return null;
                }
                LocalDate d = YearMonth.of(dct.getYear(), month(m.group(1))).atDay(Math.min(day,
                        YearMonth.of(dct.getYear(), month(m.group(1))).lengthOfMonth()));
                return x(cs, ce, s, d.toString(), d, d, "day", false, rule);
            }
            case "part-month" -> {
                int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : dct.getYear();
                YearMonth ym = YearMonth.of(year, month(m.group(2)));
                String part = m.group(1).toLowerCase(Locale.ROOT);
                LocalDate a = part.equals("early") ? ym.atDay(1) : part.equals("mid") ? ym.atDay(11) : ym.atDay(21);
                LocalDate b = part.equals("early") ? ym.atDay(10) : part.equals("mid") ? ym.atDay(20) : ym.atEndOfMonth();
                return x(cs, ce, s, ym.toString(), a, b, "range", false, rule);
            }
            case "season-year" -> {
                int year = Integer.parseInt(m.group(2));
                int first = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "spring" -> 3;
                    case "summer" -> 6;
                    case "winter" -> 12;
                    default -> 9;
                };
                LocalDate a = LocalDate.of(year, first, 1);
                return x(cs, ce, s, year + "-SP", a, a.plusMonths(3).minusDays(1), "range", false, rule);
            }
            case "month-year" -> {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
                return x(cs, ce, s, ym.toString(), ym.atDay(1), ym.atEndOfMonth(), "month", false, rule);
            }
            case "month" -> {
                YearMonth ym = YearMonth.of(dct.getYear(), month(m.group(1)));
                return x(cs, ce, s, ym.toString(), ym.atDay(1), ym.atEndOfMonth(), "month", false, rule);
            }
            case "year" -> {
                int year = Integer.parseInt(m.group(1));
                return x(cs, ce, s, String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        "year", false, rule);
            }
            case "weekday" -> {
                DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                LocalDate d = future ? dct.with(TemporalAdjusters.next(day))
                        : dct.getDayOfWeek() == day ? dct : dct.with(TemporalAdjusters.previous(day));
                return x(cs, ce, s, d.toString(), d, d, "day", false, rule);
            }
            case "rel-week" -> {
                String which = m.group(1).toLowerCase(Locale.ROOT);
                int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
                return switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "week" -> {
                        LocalDate monday = dct.with(DayOfWeek.MONDAY).plusWeeks(shift);
                        yield x(cs, ce, s, monday.getYear() + "-W" + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                                monday, monday.plusDays(6), "week", false, rule);
                    }
                    case "month" -> {
                        YearMonth ym = YearMonth.from(dct).plusMonths(shift);
                        yield x(cs, ce, s, ym.toString(), ym.atDay(1), ym.atEndOfMonth(), "month", false, rule);
                    }
                    default -> {
                        int year = dct.getYear() + shift;
                        yield x(cs, ce, s, String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                                "year", false, rule);
                    }
                };
            }
            case "day-before" -> {
                LocalDate d = dct.minusDays(1);
                return x(cs, ce, s, d.toString(), d, d, "day", false, rule);
            }
            case "weekend" -> {
                LocalDate sat = dct.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
                return x(cs, ce, s, sat.getYear() + "-W" + sat.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "-WE", sat,
                        sat.plusDays(1), "range", false, rule);
            }
            case "ago" -> {
                String n = m.group(2).toLowerCase(Locale.ROOT);
                int count = switch (n) {
                    case "two" -> 2;
                    case "three" -> 3;
                    case "four" -> 4;
                    case "five" -> 5;
                    case "six" -> 6;
                    default -> Integer.parseInt(n);
                };
                ChronoUnit unit = ChronoUnit.valueOf(m.group(3).toUpperCase(Locale.ROOT));
                LocalDate centre = dct.minus(count, unit);
                long slack = Math.max(1, unit.getDuration().toDays() * count / 5);
                return x(cs, ce, s, centre.toString(), centre.minusDays(slack), centre.plusDays(slack), "range", true,
                        rule);
            }
            default -> {
                return null;
            }
        }
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static TimeExpression x(int start, int end, String text, String value, LocalDate a, LocalDate b,
                                    String precision, boolean approximate, String rule) {
        return new TimeExpression(start, end, text, "DATE", value, approximate ? "APPROX" : null, a, b, precision,
                approximate, rule);
    }
}
