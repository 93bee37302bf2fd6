package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.TimexType;
import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.RelativeDateResolver;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.normalize.Tense;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Set;

import static org.chronomap.events.extract.time.recognize.Lexicon.ANY_YEAR;
import static org.chronomap.events.extract.time.recognize.Lexicon.DAY_NUMBER;
import static org.chronomap.events.extract.time.recognize.Lexicon.MONTH;
import static org.chronomap.events.extract.time.recognize.Lexicon.OSP;
import static org.chronomap.events.extract.time.recognize.Lexicon.SP;
import static org.chronomap.events.extract.time.recognize.Lexicon.SPOKEN_YEAR;
import static org.chronomap.events.extract.time.recognize.Lexicon.WEEKDAY;
import static org.chronomap.events.extract.time.recognize.Lexicon.WEEKDAY_ABBR;
import static org.chronomap.events.extract.time.recognize.Lexicon.YEAR;
import static org.chronomap.events.extract.time.recognize.Normalizers.applyPart;

/**
 * Calendar dates written out: full dates in the common orders, datelines with a clock time, month and
 * year, a bare month or year, decades and centuries, with "early/mid/late" parts. Dates without a year
 * take it from the DCT and the clause tense ({@link RelativeDateResolver#dayWithoutYear}).
 */
final class AbsoluteDateRules {

    private AbsoluteDateRules() {
    }

    static final String MERIDIEM = "a\\.m\\.|p\\.m\\.|am(?![\\p{L}])|pm(?![\\p{L}])|a\\.m(?![\\p{L}])|p\\.m(?![\\p{L}])";
    static final String CLOCK = "(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?" + OSP + "(?<ampm>" + MERIDIEM + ")"
            + "|(?<h24>[01]?\\d|2[0-3]):(?<mi24>[0-5]\\d)(?![\\d:])";
    static final String ZONE = "(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|MSK|EET|EEST|Z)(?![\\p{L}])";
    private static final String PART = "(?:(?<part>early|mid|late|the" + SP + "(?:beginning|start|middle|end|first"
            + SP + "half|second" + SP + "half)" + SP + "of)(?:-|" + SP + "))?";
    private static final String WD_PREFIX = "(?:(?<wd>" + WEEKDAY + "|" + WEEKDAY_ABBR + ")," + OSP + "|(?<wd2>"
            + WEEKDAY + ")" + SP + ")?";
    /** "Today February 18, 2006, a responsible source said" (GeoVirus): the day said both ways is the written one. */
    private static final String DEICTIC_PREFIX = "(?:(?:yesterday|today|tomorrow),?" + SP + ")?";
    /** "hit on December 7 last year" (LGL), "since January 29 of this year" (GeoVirus 102): the year named after the day. */
    private static final String RELATIVE_YEAR = "(?:" + SP + "(?:of" + SP + ")?(?<rely>last|this|next)" + SP + "year(?![\\p{L}]))?";
    private static final String TIME_SUFFIX = "(?:,?" + SP + "(?:at" + SP + ")?(?:" + CLOCK + ")(?:" + SP
            + "(?<zone>" + ZONE + "))?)?";

    /**
     * A day of a list in a look-behind, which Java bounds: no look-arounds, and a list of days is written out as
     * optional items, since a repeated group has no obvious maximum length.
     */
    private static final String DAY_IN_LIST = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String QUANTIFIER = "some|about|around|nearly|almost|over|more" + SP + "than|at" + SP + "least|up"
            + SP + "to|roughly|approximately|estimated|another|further|only|just";
    private static final Set<String> IRREGULAR_PLURALS = Set.copyOf(Lexicon.IRREGULAR_PLURALS);

    private static final String POSSESSIVE = "my|your|his|her|its|our|their";

    /**
     * What stands right before a further day of a list ("17, ", "24 and ", "3-"): a short look-behind that rules
     * out most digits cheaply before the long one looks for the month.
     */
    private static final String LIST_JOINT = "(?<=(?:\\d|st|nd|rd|th)(?:,[ \\t]{1,3}|,?[ \\t]{1,3}(?:and|or|&)[ \\t]{1,3}|[-\u2013]))";

    private static final String STREET = "(?:street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|way|court|ct"
            + "|place|pl|parkway|pkwy|highway|hwy|circle|terrace|trail)(?![\\p{L}])";

    /** Words that follow a date in a list, where a noun would make the number a count. */
    private static final String AFTER_DATE = "(?:and|or|at|in|on|to|through|from|for|with|when|where|while|during"
            + "|before|after|by|is|are|was|were|will|would|the|as|but|if|until|since|according)";

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("iso-date", "(?<![\\d-])(?<y>\\d{4})-(?<m>0[1-9]|1[0-2])-(?<d>[0-2]\\d|3[01])"
                        + "(?:T(?<h24>[01]\\d|2[0-3]):(?<mi24>[0-5]\\d)(?::\\d\\d)?(?<zone>Z|[+-]\\d\\d:?\\d\\d)?)?(?![\\d])",
                        AbsoluteDateRules::fullDate),
                TimexRule.of("day-month-year", DEICTIC_PREFIX + WD_PREFIX + "(?<d>" + DAY_NUMBER + ")(?:" + SP + "of)?" + SP
                        + "(?<m>" + MONTH + "),?" + SP + "(?<y>" + YEAR + ")" + TIME_SUFFIX, AbsoluteDateRules::fullDate),
                TimexRule.of("month-day-year", DEICTIC_PREFIX + WD_PREFIX + "(?<m>" + MONTH + ")" + SP + "(?<d>" + DAY_NUMBER + "),?"
                        + SP + "(?<y>" + YEAR + ")" + TIME_SUFFIX, AbsoluteDateRules::fullDate),
                TimexRule.of("numeric-date", "(?<![\\d/])(?<m>0?[1-9]|1[0-2])/(?<d>[0-2]?\\d|3[01])/(?<y>(?:19|20)\\d\\d)(?![\\d/])",
                        AbsoluteDateRules::fullDate),
                // "a court hearing the week of March 6": the ISO week of that day.
                TimexRule.of("week-of-day", "(?<x>the" + SP + "week" + SP + "of" + SP + "(?<m>" + MONTH + ")" + SP + "(?<d>"
                        + DAY_NUMBER + "))(?![,]?" + OSP + "\\d)", AbsoluteDateRules::weekOfDay),
                // Not before a year, which the full-date rules read; "Tuesday, March 17, 2:30 p.m." takes the time.
                // "late December 15, early December 16" (GeoVirus 128): early or late in that day, not in the month.
                TimexRule.of("month-day", "(?:(?<dpart>early|late)" + SP + ")?" + WD_PREFIX + "(?<m>" + MONTH + ")" + SP + "(?<d>" + DAY_NUMBER + ")"
                        + "(?!,?" + OSP + "(?:\\d{4}|'\\d\\d)(?!\\d))" + RELATIVE_YEAR + TIME_SUFFIX, AbsoluteDateRules::dayWithoutYear),
                // "the summit on April 24 and 25", "screenings March 17, 18 and 19", "June 3-5, 2009": each further
                // day takes the month written before the first, and the year written after it (XIE19990210.0079,
                // LGL). Not a count of the noun after it ("April 24 and 25 people were evacuated").
                TimexRule.of("month-day", "(?=\\d)" + LIST_JOINT + "(?<=(?<m>" + Lexicon.MONTH_NAME + ")[ \\t]{1,3}" + DAY_IN_LIST
                        + ("(?:,[ \\t]{1,3}" + DAY_IN_LIST + ")?").repeat(6)
                        + "(?:,?[ \\t]{1,3}(?:and|or|&)[ \\t]{1,3}|,[ \\t]{1,3}|[-\u2013]))(?<x>(?<d>" + DAY_IN_LIST + ")(?:,?"
                        + SP + "(?<y>" + YEAR + "))?)"
                        + "(?![\\d\\p{L}]|" + OSP + "(?:%|percent|(?!" + AFTER_DATE + "(?![\\p{L}]))\\p{L}))",
                        AbsoluteDateRules::dayWithoutYear),
                // A day in words needs "of": "the eighth of March", not "the fourth July in a row".
                TimexRule.of("day-month", WD_PREFIX + "(?:the" + SP + ")?(?<d>" + Lexicon.DAY_DIGITS + "|" + Lexicon.DAY_WORD
                        + "(?=" + SP + "of" + SP + "))(?:" + SP + "of)?"
                        + SP + "(?<m>" + MONTH + ")" + RELATIVE_YEAR + TIME_SUFFIX, AbsoluteDateRules::dayWithoutYear),
                TimexRule.of("month-year", PART + "(?<m>" + MONTH + ")(?:" + SP + "of)?,?" + SP + "(?<y>" + ANY_YEAR + ")",
                        AbsoluteDateRules::monthYear),
                TimexRule.of("month-relative-year", PART + "(?<m>" + MONTH + ")(?:" + SP + "of)?" + SP
                        + "(?<rel>last|this|next)" + SP + "year", AbsoluteDateRules::monthRelativeYear),
                TimexRule.of("month-relative", "(?<rel>last|this|next|this" + SP + "past|this" + SP + "coming)" + SP
                        + "(?<m>January|February|March|April|May|June|July|August|September|October|November|December)"
                        + "(?![\\p{L}])", AbsoluteDateRules::relativeMonth),
                TimexRule.of("month", PART + "(?<m>January|February|March|April|May|June|July|August|September"
                        + "|October|November|December)(?![\\p{L}])(?=(?<name>" + SP + "(?:of|for)" + SP + "(?:the" + SP
                        + ")?\\p{L})?)(?=" + SP + "(?<next>\\p{L}+))?", AbsoluteDateRules::month),
                // "the post-1959 politics": the year, modified as after or before it (NYT20000224.0173).
                TimexRule.of("year", "(?:(?<quant>" + QUANTIFIER + ")" + SP + "|(?<comma>(?<=,[ \\t]{1,3})))?"
                        + "(?<![$£€#\\d.,:/-])(?<!no\\.[ \\t])(?<x>(?:(?<side>pre|post)-)?" + PART + "(?:(?<fiscal>fiscal)" + SP + "(?:year" + SP + ")?)?(?<y>" + YEAR + "))"
                        + "(?!" + OSP + "(?:%|percent|per|-\\d|\\.\\d|,\\d|:\\d))(?=" + SP + "(?<next>\\p{L}+))?"
                        + "(?=(?<ormore>" + SP + "or" + SP + "(?:more|fewer|less)(?![\\p{L}])))?"
                        + "(?=(?<street>" + SP + "[\\p{L}.'-]+(?:" + SP + "[\\p{L}.'-]+){0,2}" + SP + STREET + "))?",
                        AbsoluteDateRules::year),
                TimexRule.of("spoken-year", "(?<x>(?<theyear>the" + SP + "year" + SP + ")?(?<y>" + SPOKEN_YEAR + "))",
                        AbsoluteDateRules::spokenYear),
                // "a woman in her seventies", "in his late 60s": an age, not a decade (GeoVirus).
                TimexRule.of("decade", "(?:the" + SP + "|(?<age>" + POSSESSIVE + ")" + SP + ")?" + PART + "(?:(?<dec>(?:1[0-9]|20)[0-9]0)|'(?<short>[0-9]0))'?s(?![\\p{L}])",
                        AbsoluteDateRules::decade),
                TimexRule.of("decade-words", "(?:the" + SP + "|(?<age>" + POSSESSIVE + ")" + SP + ")?" + PART + "(?<w>twenties|thirties|forties|fifties|sixties"
                        + "|seventies|eighties|nineties)(?![\\p{L}])", AbsoluteDateRules::decadeWords),
                TimexRule.of("century", "(?:the" + SP + ")?" + PART + "(?<n>\\d{1,2})(?:st|nd|rd|th)" + SP + "century",
                        m -> Normalizers.constant(applyPart(RelativeDateResolver.century(
                                Integer.parseInt(m.group("n"))), m.group("part")))));
    }

    private static Function<NormalizationContext, Resolution>
    fullDate(Match m) {
        int month = isDigits(m.group("m")) ? Integer.parseInt(m.group("m")) : Lexicon.month(m.group("m"));
        if (month == 0 || !isDigits(m.group("m")) && !Lexicon.isCapitalised(m.group("m"))) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group("y")), month, Lexicon.day(m.group("d")));
        } catch (DateTimeException e) {
            return null;
        }
        Resolution day = withClock(Resolution.day(date), m, date);
        return Normalizers.constant(day);
    }

    private static Function<NormalizationContext, Resolution>
    dayWithoutYear(Match m) {
        MonthDay monthDay = monthDay(m);
        if (monthDay == null) {
            return null;
        }
        String year = m.group("y");
        if (year != null) {
            int y = Integer.parseInt(year);
            return monthDay.isValidYear(y) ? Normalizers.constant(Resolution.day(monthDay.atYear(y))) : null;
        }
        String unresolved = String.format("XXXX-%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth());
        String relativeYear = m.group("rely");
        if (relativeYear != null) {
            int offset = Lexicon.offset(relativeYear);
            return Normalizers.relative(TimexType.DATE, unresolved, ctx -> {
                int y = ctx.dct().getYear() + offset;
                if (!monthDay.isValidYear(y)) {
                    return Resolution.unanchored(TimexType.DATE, unresolved); // "February 29 last year" in a common year
                }
                LocalDate date = monthDay.atYear(y);
                return withClock(Resolution.day(date), m, date);
            });
        }
        String weekdayWord = m.group("wd") != null ? m.group("wd") : m.group("wd2");
        DayOfWeek weekday = weekdayWord == null ? null : Lexicon.weekday(weekdayWord);
        return Normalizers.relative(TimexType.DATE, unresolved, ctx -> {
            LocalDate date = weekday != null ? yearByWeekday(ctx.dct(), monthDay, weekday, ctx::tense)
                    : RelativeDateResolver.dayWithoutYear(ctx.dct(), monthDay, ctx::tense);
            return applyPart(withClock(Resolution.day(date), m, date), m.group("dpart"));
        });
    }

    private static Function<NormalizationContext, Resolution>
    weekOfDay(Match m) {
        MonthDay monthDay = monthDay(m);
        return monthDay == null ? null : Normalizers.relative(TimexType.DATE, "XXXX-WXX", ctx -> Resolution.week(
                RelativeDateResolver.dayWithoutYear(ctx.dct(), monthDay, ctx::tense)));
    }

    /** The month ({@code m}, a capitalised name) and day ({@code d}) of a match; null when they make no date. */
    private static MonthDay monthDay(Match m) {
        String monthWord = m.group("m");
        int month = Lexicon.month(monthWord);
        if (month == 0 || !Lexicon.isCapitalised(monthWord)) {
            return null;
        }
        try {
            return MonthDay.of(month, Lexicon.day(m.group("d")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A weekday written with the date settles the year: the candidate year nearest the DCT where they agree. */
    static LocalDate yearByWeekday(LocalDate dct, MonthDay monthDay, DayOfWeek weekday,
                                           java.util.function.Supplier<Tense> tense) {
        for (int delta : new int[]{0, -1, 1}) {
            LocalDate candidate = monthDay.atYear(dct.getYear() + delta);
            if (candidate.getDayOfWeek() == weekday) {
                return candidate;
            }
        }
        return RelativeDateResolver.dayWithoutYear(dct, monthDay, tense);
    }

    static Resolution withClock(Resolution day, Match m, LocalDate date) {
        String hour = m.group("h") != null ? m.group("h") : m.group("h24");
        if (hour == null) {
            return day;
        }
        String minute = m.group("mi") != null ? m.group("mi") : m.group("mi24");
        int h = Integer.parseInt(hour);
        String ampm = m.group("ampm");
        if (ampm != null) {
            boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
            h = h % 12 + (pm ? 12 : 0);
        }
        String value = String.format("%sT%02d:%s", date, h, minute == null ? "00" : minute);
        return day.withType(TimexType.TIME).withValue(value);
    }

    private static Function<NormalizationContext, Resolution>
    monthYear(Match m) {
        int month = Lexicon.month(m.group("m"));
        if (month == 0 || !Lexicon.isCapitalised(m.group("m"))) {
            return null;
        }
        Resolution r = Resolution.month(YearMonth.of(Lexicon.year(m.group("y")), month));
        return Normalizers.constant(applyPart(r, m.group("part")));
    }

    private static Function<NormalizationContext, Resolution>
    monthRelativeYear(Match m) {
        int month = Lexicon.month(m.group("m"));
        if (month == 0 || !Lexicon.isCapitalised(m.group("m"))) {
            return null;
        }
        int offset = Lexicon.offset(m.group("rel"));
        return Normalizers.relative(TimexType.DATE, String.format("XXXX-%02d", month), ctx -> applyPart(
                Resolution.month(YearMonth.of(ctx.dct().getYear() + offset, month)), m.group("part")));
    }

    /** "last February" = the latest February before the DCT's month; "next March" the first after; "this" = the DCT's year. */
    private static Function<NormalizationContext, Resolution> relativeMonth(Match m) {
        if (!Lexicon.isCapitalised(m.group("m"))) {
            return null;
        }
        int month = Lexicon.month(m.group("m"));
        int offset = Lexicon.offset(m.group("rel"));
        boolean last = m.group("rel").equalsIgnoreCase("last");
        return Normalizers.relative(TimexType.DATE, String.format("XXXX-%02d", month), ctx -> {
            YearMonth current = YearMonth.from(ctx.dct());
            YearMonth sameYear = YearMonth.of(ctx.dct().getYear(), month);
            // "last February" said in March is not the month just ended, which news calls "last month": "crashed
            // last February" on 1 March 1998 is February 1997 (APW19980301.0720). Across the new year the month just
            // ended is last year's too, and "last December" in January is it; "this past September" is the latest.
            boolean justEnded = sameYear.plusMonths(1).equals(current) && last;
            YearMonth resolved = offset < 0
                    ? (sameYear.isBefore(current) && !justEnded ? sameYear : sameYear.minusYears(1))
                    : offset > 0 ? (sameYear.isAfter(current) ? sameYear : sameYear.plusYears(1)) : sameYear;
            return Resolution.month(resolved);
        });
    }

    private static Function<NormalizationContext, Resolution>
    month(Match m) {
        String word = m.group("m");
        if (!Lexicon.isCapitalised(word) || isMarchName(word, m.group("name"), m.wordBefore(), m.group("next"))
                || m.group("part") == null && (isSurname(m.wordBefore()) || isSurname(m.quotedWordBefore())
                || isSpeaker(m.wordBefore(), m.group("next")))) {
            return null;
        }
        int month = Lexicon.month(word);
        return Normalizers.relative(TimexType.DATE, String.format("XXXX-%02d", month), ctx -> applyPart(
                Resolution.month(RelativeDateResolver.monthWithoutYear(ctx.dct(), month, ctx::tense)),
                m.group("part")));
    }

    /**
     * A month name right after a capitalised word that is not a preposition or determiner is a surname:
     * "Theresa May said", "guitarist Brian May", "Ken May, a spokesman", "Elisabeth \"Liz\" May" (GeoVirus 140).
     * A month stands after a name only with a day or a year ("Sunday May 5", "Paris May 2019"), which other rules
     * take first.
     */
    private static boolean isSurname(String wordBefore) {
        return wordBefore != null && Lexicon.isCapitalised(wordBefore)
                && !Lexicon.BEFORE_A_DATE.contains(wordBefore.toLowerCase(Locale.ROOT))
                && Lexicon.weekday(wordBefore) == null && Lexicon.month(wordBefore) == 0;
    }

    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "noted", "explained",
            "stated", "wrote", "asked");

    /**
     * "at either of the city's fire stations, January said" (LGL): a month as the subject of a speech verb is a
     * surname, unless a preposition puts it in the sentence as a date ("the report released in January said").
     */
    private static boolean isSpeaker(String wordBefore, String next) {
        return next != null && SPEECH_VERBS.contains(next)
                && (wordBefore == null || !Lexicon.BEFORE_A_DATE.contains(wordBefore.toLowerCase(Locale.ROOT)));
    }

    /**
     * "the annual March for Life", "the March of the Combatant Mothers", "The March Against Hatred" (LGL): a
     * march named after it, where the month would be followed by a lower-case word ("resigned in March for
     * health reasons") or by no capital after "the" ("in March Congress passed it" is the month).
     */
    private static boolean isMarchName(String month, String following, String wordBefore, String next) {
        if (!month.equals("March")) {
            return false;
        }
        return following != null && Character.isUpperCase(following.charAt(following.length() - 1))
                || "the".equalsIgnoreCase(wordBefore) && next != null && Character.isUpperCase(next.charAt(0));
    }

    private static Function<NormalizationContext, Resolution>
    year(Match m) {
        // "the station's open doors at 1517 Locust Street" (LGL): a house number before a capitalised street name.
        // ("VFW Post No. 1922", a number after "No.", is ruled out in the pattern.) "a deck fire in the 1600 block
        // of Northeast Club House Drive" (LGL 41538159): police news gives an address by its block.
        if (isCount(m) || m.group("street") != null && Lexicon.isCapitalised(m.group("street").strip())
                || "block".equalsIgnoreCase(m.group("next"))) {
            return null;
        }
        int year = Integer.parseInt(m.group("y"));
        Resolution part = applyPart(Resolution.year(year), m.group("part"));
        String side = m.group("side");
        Resolution r = side == null ? part : part.withMod(side.equalsIgnoreCase("pre") ? "BEFORE" : "AFTER");
        return ctx -> ctx.hasDct() && year > ctx.dct().getYear() + 50 ? null : r;
    }

    /**
     * A year-like number that counts the plural noun after it: "Some 1500 birds have been reported", "In 2005,
     * 1926 cases of polio were reported" (GeoVirus). After a quantifier or a comma; a year before a plural noun
     * elsewhere stays a year ("the 1996 elections", "In 1997 prices rose"). Before "or more" always a count.
     */
    private static boolean isCount(Match m) {
        // "A further 1500 or more are estimated to be hospitalised" (GeoVirus 147).
        if (m.group("ormore") != null) {
            return true;
        }
        String next = m.group("next");
        if (next == null || (m.group("quant") == null && m.group("comma") == null) || m.group("part") != null
                || m.group("fiscal") != null || !Character.isLowerCase(next.charAt(0))) {
            return false;
        }
        String word = next.toLowerCase(Locale.ROOT);
        return word.endsWith("s") && !word.endsWith("ss") && !word.equals("was") && !word.equals("is")
                && !word.equals("has") || IRREGULAR_PLURALS.contains(word);
    }

    /** "in nineteen ninety-one", "the year two thousand" (broadcast transcripts); not a bare "two thousand". */
    private static Function<NormalizationContext, Resolution>
    spokenYear(Match m) {
        String written = m.group("y").toLowerCase(Locale.ROOT);
        if (m.group("theyear") == null && written.matches("two[- ]thousand")) {
            return null;
        }
        return Normalizers.constant(Resolution.year(Lexicon.year(written)));
    }

    private static Function<NormalizationContext, Resolution>
    decade(Match m) {
        if (m.group("age") != null) {
            return null;
        }
        int first;
        if (m.group("dec") != null) {
            first = Integer.parseInt(m.group("dec"));
        } else {
            int shortDecade = Integer.parseInt(m.group("short"));
            // '90s is the 1990s; '20s after 2000 is the 2020s: the nearest century that is not in the future.
            return ctx -> {
                int century = ctx.hasDct() ? ctx.dct().getYear() / 100 * 100 : 1900;
                int year = century + shortDecade;
                if (ctx.hasDct() && year > ctx.dct().getYear()) {
                    year -= 100;
                }
                return applyPart(RelativeDateResolver.decade(year), m.group("part"));
            };
        }
        if (first % 10 != 0) {
            return null;
        }
        return Normalizers.constant(applyPart(RelativeDateResolver.decade(first), m.group("part")));
    }

    private static Function<NormalizationContext, Resolution>
    decadeWords(Match m) {
        if (m.group("age") != null) {
            return null;
        }
        String w = m.group("w").toLowerCase(Locale.ROOT);
        int tens = switch (w.substring(0, 3)) {
            case "twe" -> 2; case "thi" -> 3; case "for" -> 4; case "fif" -> 5; case "six" -> 6;
            case "sev" -> 7; case "eig" -> 8; default -> 9;
        };
        // Words name a decade of the 20th century, as news used them in TimeBank's time and since.
        return Normalizers.constant(applyPart(RelativeDateResolver.decade(1900 + tens * 10), m.group("part")));
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(Character::isDigit);
    }
}
