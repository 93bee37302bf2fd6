package org.chronomap.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts a system's value errors on TBAQ by what a better tagger could do about them, so that a value F1 target
 * can be judged against what one consistent reading of the words can reach. The causes, tested in this order:
 * <ul>
 * <li>{@link Cause#GOLD_SPELLING}: the same value spelt otherwise ("2000-W7" for ISO's "2000-W07", "T17" for
 * "T17:00", "1949-XX" for "1949");</li>
 * <li>{@link Cause#GOLD_LESS_SPECIFIC}: the gold date is X-filled ("last week" = 1989-WXX, "a year ago" =
 * 1988-QX, "1990s" = 199X) where the system names the unit;</li>
 * <li>{@link Cause#GOLD_CONTRADICTS_TEXT}: the gold value disagrees with the words themselves: a weekday that is
 * another day of the week, a written month, year or number of units that differs ("Sept. 27, 1989" =
 * 1989-11-27, "13 years" = P12Y), or a bare weekday dated more than six days from the document date;</li>
 * <li>{@link Cause#ANNOTATED_BOTH_WAYS}: elsewhere the gold gives the same words a value of the form the system
 * gives here, and here another form ("a year ago" = 1988-Q3 there, 1988 here; "Friday morning" with and without
 * TMO): no single reading gets both;</li>
 * <li>{@link Cause#OTHER}: the rest, which a tagger can still fix.</li>
 * </ul>
 * Hand-written because it is an analysis of this corpus's annotation, not a reusable metric.
 */
final class TimexErrorAudit {

    enum Cause {
        GOLD_SPELLING, GOLD_LESS_SPECIFIC, GOLD_CONTRADICTS_TEXT, ANNOTATED_BOTH_WAYS, OTHER
    }

    private static final Pattern X_FILLED_DATE = Pattern.compile("^[\\dX]{2,4}.*X.*");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?");
    private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:uary|ruary|ch|il"
            + "|e|y|ust|t|tember|ober|ember)?\\b");
    private static final Pattern MONTH_VALUE = Pattern.compile("^\\d{4}-(\\d{2}).*");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d'])((?:19|20)\\d\\d)(?![\\d']|s\\b)");
    private static final Pattern YEAR_VALUE = Pattern.compile("^(\\d{4}).*");
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve)[ -](minute|hour|day|week|month|year)s?\\b");
    private static final Pattern COUNT_VALUE = Pattern.compile("^P(T?)(\\d+)([A-Z])$");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    private final String system;
    private final TempEvalScorer.Scores scores;
    private final int matchCount;
    private final Map<TempEvalScorer.RelaxedMatch, Cause> causes;
    private final Map<Cause, Integer> counts = new EnumMap<>(Cause.class);

    private TimexErrorAudit(String system, TempEvalScorer.Scores scores, int matchCount,
                            Map<TempEvalScorer.RelaxedMatch, Cause> causes) {
        this.system = system;
        this.scores = scores;
        this.matchCount = matchCount;
        this.causes = causes;
        for (Cause c : Cause.values()) {
            counts.put(c, 0);
        }
        causes.values().forEach(c -> counts.merge(c, 1, Integer::sum));
    }

    /** Classifies every wrong-valued match among {@code matches} (all relaxed matches of the corpus). */
    static TimexErrorAudit of(String system, List<TempEvalScorer.RelaxedMatch> matches, List<LocalDate> dcts,
                              TempEvalScorer.Scores scores) {
        // The value forms under which the system was right, per wording.
        Map<String, Set<String>> rightForms = new HashMap<>();
        for (TempEvalScorer.RelaxedMatch m : matches) {
            if (m.sameValue()) {
                rightForms.computeIfAbsent(wording(m.gold().text()), k -> new HashSet<>())
                        .add(form(m.gold().value()));
            }
        }
        Map<TempEvalScorer.RelaxedMatch, Cause> causes = new IdentityHashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            TempEvalScorer.RelaxedMatch m = matches.get(i);
            if (!m.sameValue()) {
                causes.put(m, cause(m, dcts.get(i), rightForms));
            }
        }
        return new TimexErrorAudit(system, scores, matches.size(), causes);
    }

    Cause causeOf(TempEvalScorer.RelaxedMatch m) {
        return causes.get(m);
    }

    private static Cause cause(TempEvalScorer.RelaxedMatch m, LocalDate dct, Map<String, Set<String>> rightForms) {
        String text = m.gold().text();
        String gold = m.gold().value();
        if (spelling(gold).equals(spelling(m.system().value()))) {
            return Cause.GOLD_SPELLING;
        }
        boolean dateType = m.gold().type().equals("DATE") || m.gold().type().equals("TIME");
        if (dateType && X_FILLED_DATE.matcher(gold).matches() && m.system().value().matches("\\d[\\d-]*[^X]*")) {
            return Cause.GOLD_LESS_SPECIFIC;
        }
        if (contradictsText(text, gold) || beyondWeekdayReach(text, gold, dct)) {
            return Cause.GOLD_CONTRADICTS_TEXT;
        }
        // The system read these words the same way where the gold agreed with it; here the gold takes another form.
        Set<String> forms = rightForms.get(wording(text));
        String systemForm = form(m.system().value());
        if (forms != null && forms.contains(systemForm) && !systemForm.equals(form(gold))) {
            return Cause.ANNOTATED_BOTH_WAYS;
        }
        return Cause.OTHER;
    }

    private static boolean contradictsText(String text, String gold) {
        // "the day before last Tuesday" is rightly another day than the one named.
        if (text.matches("(?is).*\\b(before|after|earlier|later|ago)\\b.*")) {
            return false;
        }
        Matcher weekday = WEEKDAY.matcher(text);
        Matcher day = DAY_VALUE.matcher(gold);
        if (weekday.find() && day.matches()) {
            try {
                DayOfWeek named = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
                if (LocalDate.parse(day.group(1)).getDayOfWeek() != named) {
                    return true;
                }
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        Matcher month = MONTH.matcher(text);
        Matcher monthValue = MONTH_VALUE.matcher(gold);
        if (month.find() && monthValue.matches()) {
            int named = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                    .indexOf(month.group(1).toLowerCase(Locale.ROOT)) + 1;
            if (Integer.parseInt(monthValue.group(1)) != named) {
                return true;
            }
        }
        List<String> years = YEAR.matcher(text).results().map(r -> r.group(1)).toList();
        Matcher yearValue = YEAR_VALUE.matcher(gold);
        if (years.size() == 1 && yearValue.matches() && !years.get(0).equals(yearValue.group(1))) {
            return true;
        }
        Matcher count = COUNT.matcher(text);
        Matcher countValue = COUNT_VALUE.matcher(gold);
        if (count.find() && countValue.matches()) {
            String amount = count.group(1).toLowerCase(Locale.ROOT);
            int n = amount.matches("\\d+") ? Integer.parseInt(amount) : NUMBER_WORDS.indexOf(amount);
            String unit = count.group(2).toLowerCase(Locale.ROOT);
            String letter = switch (unit) {
                case "minute" -> "TM";
                case "hour" -> "TH";
                default -> unit.substring(0, 1).toUpperCase(Locale.ROOT);
            };
            return n != Integer.parseInt(countValue.group(2)) || !letter.equals(countValue.group(1) + countValue.group(3));
        }
        return false;
    }

    /**
     * A bare weekday ("Tuesday", "on Friday night") names a day at most six days from the document date, before
     * or after it; a gold date further away belongs to another document date than the one given.
     */
    private static boolean beyondWeekdayReach(String text, String gold, LocalDate dct) {
        Matcher day = DAY_VALUE.matcher(gold);
        if (!BARE_WEEKDAY.matcher(text).matches() || !day.matches()) {
            return false;
        }
        try {
            return Math.abs(ChronoUnit.DAYS.between(dct, LocalDate.parse(day.group(1)))) > 6;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * A value with ISO 8601's optional parts dropped, its week numbers unpadded and trailing unknown parts cut
     * ("1949-XX" is the year 1949, "1994-XX-XX" the year 1994).
     */
    private static String spelling(String value) {
        return value.replaceAll("(T\\d\\d):00$", "$1").replaceAll("-W0(\\d)", "-W$1").replaceAll("(?:-XX)+$", "");
    }

    /** The words of an expression, as compared across documents. */
    private static String wording(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.,;:]+$", "").trim();
    }

    /** A value's form: its digits masked ("1988-Q3" → "9999-Q9"). */
    private static String form(String value) {
        return value.replaceAll("\\d", "9");
    }

    /**
     * Prints one line per system: its value errors by cause, the value F1 it would have if every OTHER were fixed,
     * how many more right values a value F1 of 85 needs, and its value F1 with the expressions whose error lies
     * in the gold (every cause but OTHER) left out of both sides.
     */
    static void print(List<TimexErrorAudit> audits) {
        if (audits.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("value errors by cause (TimexErrorAudit); ceiling = value F1 if every 'other' error were fixed;"
                + " to-85 = right values still needed for value F1 85; no-gold-err = value F1 without the expressions"
                + " whose error lies in the gold");
        System.out.printf(Locale.ROOT, "%-11s %7s %9s %14s %16s %10s %6s %8s %6s %11s%n", "system", "errors", "spelling",
                "gold-less-spec", "gold-contradicts", "both-ways", "other", "ceiling", "to-85", "no-gold-err");
        for (TimexErrorAudit a : audits) {
            int errors = a.causes.size();
            int right = a.matchCount - errors;
            int both = a.scores.gold() + a.scores.system();
            int goldCaused = errors - a.counts.get(Cause.OTHER);
            double ceiling = 2.0 * (right + a.counts.get(Cause.OTHER)) / both;
            int to85 = Math.max(0, (int) Math.ceil(0.85 * both / 2 - right));
            double withoutGoldErrors = 2.0 * right / (both - 2 * goldCaused);
            System.out.printf(Locale.ROOT, "%-11s %7d %9d %14d %16d %10d %6d %8.2f %6d %11.2f%n", a.system, errors,
                    a.counts.get(Cause.GOLD_SPELLING), a.counts.get(Cause.GOLD_LESS_SPECIFIC), a.counts.get(Cause.GOLD_CONTRADICTS_TEXT),
                    a.counts.get(Cause.ANNOTATED_BOTH_WAYS), a.counts.get(Cause.OTHER), 100 * ceiling, to85,
                    100 * withoutGoldErrors);
        }
    }
}
