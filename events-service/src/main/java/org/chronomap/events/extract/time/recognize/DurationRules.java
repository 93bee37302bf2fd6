package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.TimexType;
import org.chronomap.events.extract.time.normalize.CalendarUnit;
import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.RelativeDateResolver;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.normalize.Tense;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import static org.chronomap.events.extract.time.recognize.Lexicon.AMOUNT;
import static org.chronomap.events.extract.time.recognize.Lexicon.SP;
import static org.chronomap.events.extract.time.recognize.Lexicon.UNIT;
import static org.chronomap.events.extract.time.recognize.Lexicon.YEAR;
import static org.chronomap.events.extract.time.recognize.RelativeDateRules.HEDGE;

/**
 * Durations ("12 days", "the past three months", "nearly two years", "two-year") and what they anchor:
 * "for 12 days" in a perfect or progressive clause runs up to the reference point (a date named earlier
 * in the sentence, else the DCT); "the past N units" ends at the DCT, "the next N units" starts there;
 * "N units after <event>" puts the event N units before the reference.
 */
final class DurationRules {

    private DurationRules() {
    }

    /**
     * What a rate has right before "a year": a figure ("$89", "150m"), an amount word, or a plural noun
     * ("three miles", "300 students"); not a verb or preposition ("After spending a year", "within a month"), nor
     * a figure that ends a clause ("on March 2, a day after the storm" is a length back from the storm).
     */
    private static final String RATE_BEFORE = "(?<=(?:\\d(?:[\\d,.]*\\d)?[mkb]?|" + Lexicon.SIMPLE_NUMBER_WORD + "|percent"
            + "|cents|dollars|" + String.join("|", Lexicon.IRREGULAR_PLURALS) + "|\\p{L}{2,20}s)[ \\t])(?<!(?:was|has|does|this|his|its|less|across|plus|thus|unless"
            + "|always|perhaps)[ \\t])";

    /**
     * A count with a singular unit before a noun ("the 23-year Israeli occupation", "the two day rally", "the 13-year
     * life of the bonds"): an adjective, whose "the" belongs to the noun, as TBAQ marks it (WSJ900813-0157,
     * VOA19980303.1600.0917; LGL 41539050).
     */
    private static final String ADJECTIVE = "(?:" + AMOUNT + ")[ \\t\\u00A0-]+(?:second|minute|hour|day|week|fortnight|month"
            + "|quarter|year|decade|century)(?:[ \\t\\u00A0]+|-)\\p{L}";

    /** "60 miles an hour" is a speed: its hour is neither a rate nor a length. */
    private static final String NOT_A_SPEED = "(?<!(?:miles|kilometers|kilometres|km|knots|feet|meters|metres)[ \\t]"
            + "(?=an?" + SP + "hour))";

    /** Words that open the subject of a clause: "One day the dog walked", "one day, none of them dies". */
    private static final Set<String> STORY_SUBJECT = Set.of("the", "he", "she", "they", "we", "i",
            "you", "his", "her", "their", "our", "my", "none", "a", "an", "there");

    /** A count and its unit, its groups numbered by "#". */
    private static final String COUNTED_UNIT = "(?<a#>" + Lexicon.DIGITS + "|" + Lexicon.NUMBER_WORD + "|an?)[ \\t\\u00A0-]+(?<u#>" + UNIT + ")";
    /** The units a compound length may join, largest first. */
    private static final List<CalendarUnit> COMPOUND_UNITS = List.of(CalendarUnit.YEAR, CalendarUnit.MONTH,
            CalendarUnit.WEEK, CalendarUnit.DAY, CalendarUnit.HOUR, CalendarUnit.MINUTE, CalendarUnit.SECOND);

    static List<TimexRule> rules() {
        return List.of(
                // "Islam will one day be the second largest religion": after a modal "one day" is "some day",
                // FUTURE_REF, not a length of time (PRI19980303.2000.2550).
                TimexRule.of("some-day", "(?:will|would|could|might|may|shall|can)" + SP + "(?<x>one" + SP + "day)"
                        + "(?!" + SP + "(?:later|earlier|before|after|ago)\\b)(?![\\p{L}-])",
                        m -> Normalizers.constant(Resolution.unanchored(TimexType.DATE, "FUTURE_REF"))),
                // "One day the dog walked up to his owner" (LGL 41734756): at the head of a clause, before its subject,
                // an untold day of the story, past or still to come by the clause; not a length.
                TimexRule.of("some-day", "(?<=^|[.!?\"”’][ \\t]{1,3}|,[ \\t]{1,3})(?<x>one" + SP + "day)(?![\\p{L}-])(?=,?" + SP
                        + "(?<next>\\p{L}+))", m -> STORY_SUBJECT.contains(m.group("next").toLowerCase(Locale.ROOT))
                        ? ctx -> Resolution.unanchored(TimexType.DATE, ctx.tense() == Tense.PAST ? "PAST_REF" : "FUTURE_REF")
                        : null),
                // "over the years", "in the weeks ahead", "in the years that followed": an unknown number of units
                // (TBAQ annotates all of them: VOA19980331.1700.1533, wsj_0768, APW20000401.0150).
                TimexRule.of("vague-duration", "(?:(?<over>over)" + SP + ")?(?<x>the" + SP + "(?<u>years|months|weeks"
                        + "|days|decades)(?:" + SP + "(?<after>ahead|to" + SP + "come|that" + SP + "followed))?)"
                        + "(?![\\p{L}-])", m -> m.group("over") == null && m.group("after") == null ? null
                        : Normalizers.constant(Resolution.unanchored(TimexType.DURATION,
                                CalendarUnit.parse(m.group("u")).duration(null)))),
                // "$33 million a year", "fifty thousand CDs a year", "three miles a week": a quantity per unit is a
                // recurrence, as TBAQ annotates such rates (SET P1Y, wsj_0918, VOA19980303.1600.2745). Not "a year
                // later", "a year ago" (longer rules), nor "a year of turmoil". Before the duration rule, which
                // matches the same words.
                // "300 people an hour", "giving away around four an hour" (LGL 42109090): an hour too, but not a
                // speed ("60 miles an hour").
                TimexRule.of("set-rate", "(?<=(?:\\d|[^\\p{L}]" + Lexicon.SIMPLE_NUMBER_WORD + ")[\\p{L}\\d$%.,' \\t-]{0,25}"
                        + "[ \\t])" + RATE_BEFORE + NOT_A_SPEED + "(?<x>an?" + SP + "(?<u>hour|day|week|month|quarter|year))(?![\\p{L}-])(?!" + SP + "(?:of|at" + SP + "a" + SP + "time)\\b)",
                        m -> Normalizers.constant(Resolution.unanchored(TimexType.SET,
                                CalendarUnit.parse(m.group("u")).duration(1.0)))),
                // "Eight trading days after Oct. 12": TimeML counts such days as days (P8D, wsj_0585). A duration
                // "after" a date is counted from that date, not back from the reference, so it is left unanchored.
                TimexRule.of("duration", "(?<pre>(?<![\\p{L}])(?:for|over|in|within|during|after|since)" + SP + ")?" + NOT_A_SPEED + "(?<x>(?:"
                        + HEDGE + SP + ")?(?:(?<det>the" + SP + "(?:past|last|next|coming|first|final|previous|following"
                        + "|remaining|latest)|the(?!" + SP + ADJECTIVE + ")|another|an" + SP + "additional|an" + SP + "extra)" + SP + ")?(?:(?<a>"
                        + AMOUNT + ")(?:" + SP + "more)?(?<sep>[ \\t\\u00A0-]+))?(?:(?:trading|business|working)" + SP + ")?(?<u>" + UNIT + ")(?<half>" + SP + "and" + SP + "a" + SP + "half)?(?:" + SP + "or" + SP
                        + "(?<or>so|two))?)(?<old>(?:-|" + SP + ")old)?(?![\\p{L}-])(?<of>" + SP + "of" + SP + "(?:" + YEAR + "|(?:this|last|next)" + SP + "year)\\b)?(?<post>" + SP + "(?:after|before)" + SP + "(?!" + Lexicon.MONTH + "|" + Lexicon.WEEKDAY + "|\\d))?"
                        + "(?=(?<share>" + SP + "of" + SP + "(?:the|an?|its|his|her|their|our|all|those|these)\\b))?"
                        + "(?=(?<ofAge>" + SP + "of" + SP + "age\\b))?", DurationRules::duration),
                TimexRule.of("compound-duration", "(?<![\\p{L}\\d])" + COUNTED_UNIT.replace("#", "1") + ",?" + SP + "(?:and" + SP
                        + ")?" + COUNTED_UNIT.replace("#", "2") + "(?>(?:,?" + SP + "(?:and" + SP + ")?" + COUNTED_UNIT.replace("#", "3")
                        // Not an age ("6 years, 2 months old") nor a date counted back ("2 hours and 30 minutes ago"),
                        // which other rules read; the third unit, once read, is not given back to let a shorter match pass.
                        + ")?)(?![\\p{L}-])(?!(?:-|" + SP + ")old\\b|" + SP + "(?:ago|earlier|later|of" + SP
                        + "age)\\b)", DurationRules::compound),
                // "within two to three weeks", "between 5 and 8 years", "10-12 months": the lower count is a
                // length of its own in the unit written after the upper one, as TimeML marks each end of a range
                // (VOA19980331.1700.1533: "two" P2D, "six days" P6D). The upper count is the ordinary duration.
                TimexRule.of("range-low-duration", "(?:(?<between>between)" + SP + ")?(?<x>(?<a>" + Lexicon.DIGITS + "|"
                        + Lexicon.NUMBER_WORD + "))(?:" + SP + "(?<conj>to|or|and)" + SP + "|[-\u2013](?=\\d))(?:" + Lexicon.DIGITS + "|"
                        + Lexicon.NUMBER_WORD + ")" + SP + "(?<u>" + UNIT + ")(?![\\p{L}-])(?!" + SP + "old)",
                        DurationRules::rangeLow),
                // "their third day-long meeting", "a decades-long battle": the length of what the noun names
                // (NYT20000403.0463, APW20000115.0031); a plural unit without a count is an unknown number of them.
                TimexRule.of("unit-long", "(?<![\\p{L}-])(?<x>(?:(?<a>" + AMOUNT + ")-)?(?<u>minute|hour|day|week|month"
                        + "|year|decade)(?<plural>s)?-long)(?![\\p{L}-])", m -> {
                            Double amount = m.group("plural") != null && m.group("a") == null ? null
                                    : m.group("a") == null ? Double.valueOf(1) : Lexicon.amount(m.group("a"));
                            return Normalizers.constant(RelativeDateResolver.duration(amount, CalendarUnit.parse(m.group("u"))));
                        }),
                // "for a while", "for some time": a length nobody measured (ed980111.1130.0089, AP900815-0044).
                TimexRule.of("unmeasured-duration", "(?<![\\p{L}])for" + SP + "(?<x>a" + SP + "while|some" + SP + "time)(?![\\p{L}-])"
                        + "(?!" + SP + "(?:ago|now|to|before|after)\\b)",
                        m -> Normalizers.constant(Resolution.unanchored(TimexType.DURATION, "PXX"))),
                TimexRule.of("vague-duration", "(?<pre>(?<![\\p{L}])(?:for|over|in|within|during|after)" + SP + ")?(?<x>(?:"
                        + "(?<q>the" + SP + "(?:past|last|next|coming)" + SP + "(?:few|several)|several|a" + SP + "few|few|many"
                        + "|the" + SP + "next" + SP + "several|(?:hundreds|thousands|dozens)" + SP + "of)" + SP + ")?(?<u>minutes|hours|days|weeks|months|years"
                        + "|decades|centuries))(?![\\p{L}-])", DurationRules::vagueDuration));
    }

    /**
     * "five years and eight months" (LGL 41772199), "4 hours, 31 minutes, 53 seconds" (LGL 41432379): one length,
     * written from its largest unit down. ISO 8601 writes no weeks beside other units, so weeks join the days.
     */
    private static Function<NormalizationContext, Resolution> compound(Match m) {
        long[] counts = new long[COMPOUND_UNITS.size()];
        int previous = -1;
        for (int i = 1; i <= 3 && m.group("u" + i) != null; i++) {
            String unitWord = m.group("u" + i);
            int index = COMPOUND_UNITS.indexOf(Lexicon.unit(unitWord));
            Double amount = Lexicon.amount(m.group("a" + i));
            if (index <= previous || amount == null) {
                return null;
            }
            counts[index] = amount.longValue() * Lexicon.unitsPer(unitWord);
            previous = index;
        }
        long days = counts[2] * 7 + counts[3];
        StringBuilder value = new StringBuilder("P");
        appendCount(value, counts[0], "Y");
        appendCount(value, counts[1], "M");
        appendCount(value, days, "D");
        if (counts[4] + counts[5] + counts[6] > 0) {
            value.append('T');
            appendCount(value, counts[4], "H");
            appendCount(value, counts[5], "M");
            appendCount(value, counts[6], "S");
        }
        return Normalizers.constant(Resolution.unanchored(TimexType.DURATION, value.toString()));
    }

    private static void appendCount(StringBuilder value, long count, String letter) {
        if (count > 0) {
            value.append(count).append(letter);
        }
    }

    private static Function<NormalizationContext, Resolution> duration(Match m) {
        String unitWord = m.group("u");
        int unitsPer = Lexicon.unitsPer(unitWord);
        CalendarUnit unit = Lexicon.unit(unitWord);
        String det = m.group("det") == null ? "" : m.group("det").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        // "for an additional year", "another week": one unit; without such a word a bare unit is no length. "Over
        // the past fortnight" (LGL 39804464) is two weeks: no calendar unit is a fortnight, so no date rule reads it.
        boolean oneMore = det.matches("another|an additional|an extra") || unitsPer > 1 && !det.isEmpty();
        if (m.group("a") == null && !oneMore) {
            return null;
        }
        String amountWord = m.group("a") == null ? "one" : m.group("a");
        Double parsed = Lexicon.amount(amountWord);
        double half = m.group("half") != null ? 0.5 : 0;
        Double amount = parsed == null ? null : parsed * unitsPer + half;
        String pre = m.group("pre") == null ? "" : m.group("pre").trim().toLowerCase(Locale.ROOT);
        String post = m.group("post") == null ? "" : m.group("post").trim().toLowerCase(Locale.ROOT);
        boolean singularArticle = amountWord.matches("(?i)an?") && det.isEmpty();
        // Ages ("a 6-year-old", "a girl less than 8 years of age", LGL) are not durations in TimeBank;
        // "three-quarters", "a quarter of" and "nearly one quarter of the population" (GeoVirus) are fractions;
        // "a second" is mostly the ordinal ("a second term").
        if (m.group("old") != null || m.group("ofAge") != null
                || unit == CalendarUnit.QUARTER && (m.group("sep") != null && m.group("sep").contains("-") || singularArticle
                || m.group("share") != null)
                || unit == CalendarUnit.SECOND && singularArticle) {
            return null;
        }
        // A capitalised unit after figures names a programme or a race ("on CBS's ``60 Minutes''"), and after a
        // capitalised count and a hyphen a war ("the 1967 Six-Day War", LGL), not a length.
        if (Character.isUpperCase(unitWord.charAt(0)) && (Character.isDigit(amountWord.charAt(0))
                || Character.isUpperCase(amountWord.charAt(0)) && m.group("sep") != null && m.group("sep").contains("-"))) {
            return null;
        }
        // "the first two quarters of 1990" is a part of the named year, a date the half-year rule reads.
        if (m.group("of") != null && det.matches("the (?:first|last)")) {
            return null;
        }
        // "a year" after "since" or before "after" reads as a length too; a bare "a day" is too often idiom.
        if (singularArticle && unit == CalendarUnit.DAY && pre.isEmpty() && post.isEmpty()) {
            return null;
        }
        String mod = Normalizers.hedgeMod(m.group("hedge"));
        boolean orTwo = "two".equalsIgnoreCase(m.group("or"));
        return ctx -> {
            Resolution d = RelativeDateResolver.duration(amount, unit);
            if (mod != null) {
                d = d.withMod(mod);
            }
            if (!ctx.hasDct() || amount == null || !unit.isCalendar()) {
                return d;
            }
            LocalDate reference = ctx.durationReference();
            if (det.equals("the past") || det.equals("the last") || det.equals("the previous")) {
                return d.anchored(RelativeDateResolver.shiftFractional(ctx.dct(), -amount, unit), ctx.dct());
            }
            if (det.equals("the next") || det.equals("the coming")) {
                return d.anchored(ctx.dct(), RelativeDateResolver.shiftFractional(ctx.dct(), amount, unit));
            }
            if ((pre.equals("for") || pre.equals("over")) && ctx.perfect()) {
                return d.anchored(RelativeDateResolver.shiftFractional(reference, -amount, unit), reference);
            }
            if (pre.equals("in") && mod == null && det.isEmpty() && ctx.tense() == Tense.FUTURE && orTwo) {
                // "You may, in a year or two, save a few more lives" (VOA19980331.1700.1533): some time one to two
                // units ahead, a future no single date names.
                return Resolution.unanchored(TimexType.DATE, "FUTURE_REF").anchored(
                        RelativeDateResolver.shiftFractional(ctx.dct(), amount, unit),
                        RelativeDateResolver.shiftFractional(ctx.dct(), amount + unitsPer, unit));
            }
            if (pre.equals("in") && mod == null && det.isEmpty() && ctx.tense() == Tense.FUTURE) {
                // "will be redeemed in five years": a date counted from the DCT (TimeBank: DATE 1994).
                Resolution date = RelativeDateResolver.ago(ctx.dct(), amount, unit, null, 1);
                return date.anchored(date.start(), date.end());
            }
            if (post.equals("after") && (ctx.tense() == Tense.PAST || ctx.tense() == Tense.PRESENT
                    || !reference.equals(ctx.dct()))) {
                // "comes almost two weeks after troops launched an offensive": the event lies N units back from
                // the reference, and "set to die Feb. 26, one day after the others were charged" (LGL 39423136)
                // from the day named. Not from the DCT in a clause still to come: "it could be a minimum of 90
                // days after he is transferred until Smith stands trial" (LGL 38572301) counts forward from a day
                // nobody knows.
                String hedgeKind = mod == null ? null : mod.contains("LESS") ? "LESS_THAN" : mod.contains("MORE") ? "MORE_THAN" : "APPROX";
                Resolution back = RelativeDateResolver.ago(reference, amount, unit, hedgeKind, -1);
                return d.anchored(back.start(), back.end());
            }
            return d;
        };
    }

    private static Function<NormalizationContext, Resolution> rangeLow(Match m) {
        CalendarUnit unit = Lexicon.unit(m.group("u"));
        Double count = Lexicon.amount(m.group("a"));
        Double amount = count == null ? null : count * Lexicon.unitsPer(m.group("u"));
        // "and" joins two counts only after "between"; "3 and 5 years" elsewhere counts two things.
        if (unit == null || amount == null || "and".equalsIgnoreCase(m.group("conj")) && m.group("between") == null) {
            return null;
        }
        return Normalizers.constant(RelativeDateResolver.duration(amount, unit));
    }

    private static Function<NormalizationContext, Resolution> vagueDuration(Match m) {
        String q = m.group("q");
        String pre = m.group("pre");
        // A bare plural ("years") is a duration only after a preposition of extent: "for years", "for the first
        // time in years" (wsj_0973).
        if (q == null && pre == null) {
            return null;
        }
        if (q == null && !pre.trim().toLowerCase(Locale.ROOT).matches("for|over|within|after|in")) {
            return null;
        }
        CalendarUnit unit = CalendarUnit.parse(m.group("u"));
        return Normalizers.constant(Resolution.unanchored(TimexType.DURATION, unit.duration(null)));
    }
}
