package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.TimexType;
import org.chronomap.events.extract.time.normalize.CalendarUnit;
import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.RelativeDateResolver;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.normalize.Tense;
import org.chronomap.events.extract.time.normalize.TimexValues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import static org.chronomap.events.extract.time.recognize.Lexicon.AMOUNT;
import static org.chronomap.events.extract.time.recognize.Lexicon.ANY_YEAR;
import static org.chronomap.events.extract.time.recognize.Lexicon.SP;
import static org.chronomap.events.extract.time.recognize.Lexicon.UNIT;
import static org.chronomap.events.extract.time.recognize.Lexicon.YEAR;
import static org.chronomap.events.extract.time.recognize.Normalizers.applyPart;
import static org.chronomap.events.extract.time.recognize.Normalizers.relative;

/**
 * Dates relative to the DCT: yesterday/today/tomorrow, last/this/next week|month|year, "earlier this
 * month", N units ago, "the day before", fiscal quarters and halves, seasons.
 */
final class RelativeDateRules {

    private RelativeDateRules() {
    }

    private static final String PART = "(?:(?<part>early|earlier|mid|late|later|the" + SP + "(?:beginning|start|middle|end)"
            + SP + "of)(?:-|" + SP + "))?";
    /** Verbs whose object is a clause introduced by "that". */
    private static final Set<String> CLAUSE_VERBS = Set.of("said", "say", "says", "saying", "think", "thinks", "thought",
            "know", "knows", "knew", "believe", "believes", "believed", "hope", "hopes", "hoped", "feel", "feels", "felt",
            "found", "noted", "added", "claimed", "argued", "insisted", "realized", "realised", "learned", "suggested",
            "reported", "warned", "announced", "agreed", "decided", "ensure", "ensured");
    /** Finite verbs that make a noun before them a subject. */
    private static final String FINITE_VERB = "(?:is|was|were|will|would|has|had|could|should|can|may|might|must"
            + "|did|does)(?![\\p{L}])";
    private static final String POD = "(?<pod>morning|afternoon|evening|night)";
    private static final String QUARTER_ADJECTIVE = "(?:fiscal" + SP + ")?(?:first|second|third|fourth|final|1st|2nd|3rd"
            + "|4th)-(?:fiscal" + SP + ")?quarter" + SP + "(?!of" + SP + "(?:fiscal" + SP + ")?\\d)\\p{L}";
    /** "a year and a half": the half written after the unit. */
    private static final String AND_A_HALF = "(?<half>" + SP + "and" + SP + "a" + SP + "half)?";
    static final String HEDGE = "(?<hedge>about|around|approximately|roughly|some|nearly|almost|just" + SP + "under"
            + "|less" + SP + "than|under|more" + SP + "than|over|just" + SP + "over|at" + SP + "least|up" + SP
            + "to|no" + SP + "more" + SP + "than|at" + SP + "most)";

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("deictic-day", "(?:(?<part>early|earlier|late|later)" + SP + ")?(?<d>yesterday|today|tomorrow)"
                        // "today's editions", "tomorrow's vote": TimeML tags the day in the possessive too.
                        + "(?:" + SP + POD + ")?(?![\\p{L}])(?!['’](?!s(?![\\p{L}])))", RelativeDateRules::deicticDay),
                TimexRule.of("deictic-day", "(?:the" + SP + "day" + SP + "(?<dir>before" + SP + "yesterday|after" + SP
                        + "tomorrow))", m -> relative(TimexType.DATE, "XXXX-XX-XX", ctx -> Resolution.day(
                        ctx.dct().plusDays(m.group("dir").toLowerCase(Locale.ROOT).startsWith("before") ? -2 : 2)))),
                // "today is the eighth day of Desert Shield", "It's the second day of an offensive": the count names the
                // day it is said on (AP900815-0044, PRI19980306.2000.1675).
                TimexRule.of("counted-day", "(?<![\\p{L}])(?:today|it|this)(?:" + SP + "is|['’]s)" + SP + "(?<x>the" + SP
                        + "(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))" + SP
                        + "(?:(?:straight|consecutive|successive)" + SP + ")?day)(?![\\p{L}-])",
                        m -> relative(TimexType.DATE, "XXXX-XX-XX", ctx -> Resolution.day(ctx.dct()))),
                TimexRule.of("part-of-today", "(?<x>tonight|(?:this|last)" + SP + POD + ")(?![\\p{L}])",
                        RelativeDateRules::partOfToday),
                // "delayed earlier in the year by heavy rains" reads as "earlier this year" (wsj_0918), "this late in
                // the year" as "late this year" (GeoVirus).
                TimexRule.of("relative-unit", "(?<part>earlier|later|early|late)" + SP + "in" + SP + "the" + SP + "(?<u>year|month|week)"
                        + "(?![\\p{L}-])", RelativeDateRules::relativeUnit),
                TimexRule.of("relative-unit", PART + "(?<rel>last|this|next|this" + SP + "past|this" + SP + "coming"
                        + "|the" + SP + "(?:current|coming|previous|following|past|next|last))" + SP
                        + "(?<u>week|month|year|decade|century)(?![\\p{L}-])(?=(?<ofWhat>" + SP + "of" + SP + "(?:the|his|her"
                        + "|its|their|our|my|your|a|an|this|that)(?![\\p{L}])))?", RelativeDateRules::relativeUnit),
                TimexRule.of("part-of-the-unit", "(?<part>the" + SP + "(?:beginning|start|middle|end)" + SP + "of)"
                        + SP + "the" + SP + "(?<u>week|month|year)(?![\\p{L}-])", RelativeDateRules::relativeUnit),
                // "a year and a half ago" (LGL 41447398 writes "a year and a half later").
                TimexRule.of("ago", "(?:" + HEDGE + SP + ")?(?<a>" + AMOUNT + ")[ \\t\\u00A0-]+(?<u>" + UNIT
                        + ")" + AND_A_HALF + "(?:" + SP + "or" + SP + "so)?" + SP + "(?<dir>ago|from" + SP + "now|hence)"
                        // "The proposed rules emerged a week ago today" (LGL 38563537): that many units before the day.
                        + "(?:" + SP + "(?<day>today|yesterday)(?![\\p{L}]))?", RelativeDateRules::ago),
                TimexRule.of("vague-ago", "(?<q>years|months|weeks|days|decades|a" + SP + "few" + SP + "(?:years|months|weeks|days)"
                        + "|several" + SP + "(?:years|months|weeks|days)|many" + SP + "years|some" + SP + "time|(?:hundreds|thousands)"
                        + SP + "of" + SP + "years)"
                        + SP + "ago", m -> Normalizers.constant(Resolution.unanchored(TimexType.DATE, "PAST_REF"))),
                // "terminate on Nov. 30. Until then, ...": the last date named (wsj_0534), of any precision ("in May if
                // state regulators do not rule by then", LGL 41282941). Not "since then", whose "then" is as often a
                // year or an event ("the list, which began in 1950. Since then").
                TimexRule.of("anaphoric-then", "(?<![\\p{L}])(?:until|till|by)" + SP + "(?<x>then)(?![\\p{L}-])",
                        m -> NormalizationContext::previousDateNamed),
                // "appeared in court the next morning": the day after the last date named (NYT20000224.0173). Before
                // a noun phrase the day is counted from an event: "the day after Barack Obama's election victory" (LGL).
                // "Eight trading days after Oct. 12, the day before the stock market plunge" (wsj_0585), "last seen
                // Nov. 3, the day before authorities issued a warrant" (APW19990507.0207): in apposition to a day, "the
                // day" is that day, placed by what follows; not the day before it.
                TimexRule.of("appositive-day", APPOSITION + "(?<x>the" + SP + "day)" + SP + "(?:before|after)" + SP
                        + "(?=\\p{L})", m -> dayFromAnchor(0)),
                TimexRule.of("anaphoric-day", "(?<appos>" + APPOSITION + ")?(?<x>the" + SP + "(?:day" + SP + "(?<dir>before|after)|(?<dir2>previous|next"
                        + "|following)" + SP + "(?:day|morning|afternoon|evening|night)|same" + SP + "day))(?!" + SP + "(?:of|in|on|the|a|an|his|her|its|their|our|my|your|this|these"
                        + "|those|\\p{L}+ing)\\b|" + SP + "(?:yesterday|tomorrow))(?=" + SP + "(?<next>\\p{L}))?",
                        RelativeDateRules::anaphoricDay),
                // "killed on Oct. 23 ... Earlier that day, the family sent a fax" (APW19991024.0075), "as he arrived in
                // Philadelphia later in the day" (CNN19980213.2130.0155): the last day named. "proceeds from that day
                // will be donated" (LGL) is a date too; after a verb of saying, a verb after it makes "that" a
                // conjunction ("he said that night was the worst").
                TimexRule.of("anaphoric-that-day", "(?<x>(?:(?:earlier|later)" + SP + ")?that" + SP + "(?:same" + SP
                        + ")?(?:day|morning|afternoon|evening|night))(?![\\p{L}-])(?=" + SP + "(?<verb>" + FINITE_VERB + "))?",
                        m -> m.group("verb") != null && m.wordBefore() != null
                                && CLAUSE_VERBS.contains(m.wordBefore().toLowerCase(Locale.ROOT)) ? null : RelativeDateRules::lastDayNamed),
                TimexRule.of("anaphoric-that-day", "(?:earlier|later)" + SP + "in" + SP + "(?<x>the" + SP + "day)(?![\\p{L}-])",
                        m -> dayFromAnchor(0)),
                TimexRule.of("anaphoric-year", "(?<x>the" + SP + "(?<dir>previous|following|next|preceding)" + SP
                        + "year|that" + SP + "year)(?![\\p{L}-])", RelativeDateRules::anaphoricYear),
                // "two years before." is a date; a "before" with words after it opens a phrase or a clause, and the
                // length alone is the expression: "a week before Christmas", "six to eight weeks before results of
                // the autopsy are finalised" (GeoVirus 205, 225).
                TimexRule.of("year-earlier", "(?<x>(?:(?<a>" + AMOUNT + ")" + SP + ")(?<u>year|month|week|day)s?"
                        + AND_A_HALF + SP + "(?<dir>earlier|later|before))(?!" + SP + "(?:than|the|a|an|his|her|its|their|\\p{L}+ing)\\b)"
                        + "(?!(?<=before)" + SP + "(?!(?:and|but|or|in|at|on)\\b)\\p{L})",
                        RelativeDateRules::earlierLater),
                // "Net for the year-earlier nine months": a length of time, the period compared with (wsj_0904).
                TimexRule.of("year-ago-period", "(?<x>(?:the" + SP + ")?(?:year-ago|year-earlier|prior-year)" + SP
                        + "(?<a>" + AMOUNT + ")" + SP + "(?<u>months|weeks))(?![\\p{L}-])",
                        m -> Normalizers.constant(RelativeDateResolver.duration(Lexicon.amount(m.group("a")),
                                CalendarUnit.parse(m.group("u"))))),
                TimexRule.of("year-ago-adjective", "(?<x>(?:the" + SP + "(?:(?:same|corresponding|comparable)" + SP
                        + ")?(?:year-ago|year-earlier|prior-year)" + SP + "(?:quarter|period)|(?:year-ago|year-earlier)"
                        + "|the" + SP + "(?:same|corresponding|comparable)" + SP + "(?:quarter|period)" + SP
                        + "(?:last|a)" + SP + "year"
                        // "For the quarter a year ago", "U.K. sales for last year's quarter" (wsj_1013, wsj_0344).
                        + "|the" + SP + "(?:quarter|period)" + SP + "a" + SP + "year" + SP + "(?:ago|earlier)"
                        + "|last" + SP + "year['’]s" + SP + "(?:quarter|period)))(?![\\p{L}-])", RelativeDateRules::yearAgoQuarter),
                // "In the year-earlier third quarter": that quarter a year before the one reported (wsj_0736).
                TimexRule.of("year-ago-quarter", "(?<x>(?:the" + SP + ")?(?:year-ago|year-earlier|prior-year)" + SP
                        + "(?<q>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:-|" + SP + ")(?:fiscal" + SP
                        + ")?quarter)(?![\\p{L}])", RelativeDateRules::yearAgoNamedQuarter),
                // "the third-quarter loss": a hyphenated quarter before a noun is an adjective, whose "the" belongs to
                // the noun, as TBAQ marks it (wsj_0527, wsj_1003).
                TimexRule.of("quarter", "(?:the" + SP + "(?!" + QUARTER_ADJECTIVE + "))?(?:(?<rel>this|last|next)" + SP + "year['’]s" + SP
                        + ")?(?:(?<y1>" + YEAR + ")" + SP + ")?(?:(?<adj>flat|weak|strong"
                        + "|disappointing|fiscal)" + SP + ")?(?<q>first|second|third|fourth|final|1st|2nd|3rd|4th)"
                        + "(?:-|" + SP + ")(?:fiscal" + SP + ")?quarter(?:" + SP + "(?:of" + SP + "(?:fiscal" + SP
                        + ")?)?(?<y>" + YEAR + "))?(?![\\p{L}])", RelativeDateRules::quarter),
                TimexRule.of("quarter", "(?<![\\p{L}])Q(?<q>[1-4])" + SP + "(?<y>" + YEAR + ")", RelativeDateRules::quarter),
                TimexRule.of("relative-quarter", "(?<x>(?:the" + SP + ")?(?<rel>latest|current|most" + SP + "recent"
                        + "|recent|last|past|previous|this|next|coming|same)?(?:" + SP + ")?quarter)(?![\\p{L}-])(?!" + SP
                        + "(?:of|century|point|percent|-point))", RelativeDateRules::relativeQuarter),
                // Earnings copy: "the 1988 quarter", "the 1989 period" are the reported quarter in that year
                // (TimeBank: 1988-Q3 in a third-quarter report), or that year when no quarter is named.
                TimexRule.of("relative-quarter", "(?<x>the" + SP + "(?<y>" + YEAR + ")" + SP + "(?:quarter|period))"
                        + "(?![\\p{L}-])", m -> {
                    int year = Integer.parseInt(m.group("y"));
                    return ctx -> ctx.lastQuarter() == null ? Resolution.year(year) : TimexValues.quarterResolution(
                            year, TimexValues.quarterValueNumber(ctx.lastQuarter()));
                }),
                // Earnings copy: "the latest period" is the quarter being reported.
                TimexRule.of("relative-quarter", "(?<x>the" + SP + "(?<rel>latest|most" + SP + "recent)" + SP + "period)"
                        + "(?![\\p{L}-])", RelativeDateRules::relativeQuarter),
                // "the year" measures a year in TimeBank (P1Y); "the full year", "the current year" name the DCT's,
                // and so does a reported year: "for the year," / "the first nine months of the year", unless an
                // end date follows ("for the year ended Aug. 31" is the 12 months up to that date).
                TimexRule.of("the-year", "(?:(?<prep>for|of|(?:earlier|later)" + SP + "in)" + SP + ")?(?<x>the" + SP
                        + "(?<kind>full" + SP + "|current" + SP + "(?:fiscal" + SP + ")?|latest" + SP + "(?:fiscal" + SP + ")?|fiscal" + SP + ")?year)(?![\\p{L}-])(?!" + SP + "(?:before|after|earlier|ago|later|\\d))"
                        + "(?=(?<ended>" + SP + "(?:ended|ending|to|through)\\b)?)", m -> {
                    // "Citizen of the Year": a capitalised "Year" after "the" is an award's title (LGL).
                    if (m.group("x").endsWith("Year")) {
                        return null;
                    }
                    String kind = m.group("kind") == null ? "" : m.group("kind").trim().toLowerCase(Locale.ROOT);
                    boolean reported = m.group("prep") != null && m.group("ended") == null;
                    // "sales in the latest fiscal year": the last one completed, the year before the DCT's (wsj_1006).
                    if (kind.startsWith("latest")) {
                        return relative(TimexType.DATE, "XXXX", ctx -> Resolution.year(ctx.dct().getYear() - 1));
                    }
                    if (kind.equals("full") || kind.startsWith("current") || reported) {
                        return relative(TimexType.DATE, "XXXX", ctx -> Resolution.year(ctx.dct().getYear()));
                    }
                    return Normalizers.constant(RelativeDateResolver.duration(1.0, CalendarUnit.YEAR));
                }),
                // "The Week Against Homophobia" (LGL 42573073): a capitalised week before a capitalised word is a name.
                TimexRule.of("the-week", "(?<x>the" + SP + "(?<w>week))(?![\\p{L}-])(?!" + SP + "(?:of|before|after|earlier|ago"
                        + "|later)\\b)(?=" + SP + "(?<next>\\p{L}+))?", m -> Lexicon.isCapitalised(m.group("w"))
                        && m.group("next") != null && Lexicon.isCapitalised(m.group("next")) ? null
                        : relative(TimexType.DATE, "XXXX-WXX", ctx -> Resolution.week(ctx.dct()))),
                // "through at least the first two quarters of 1990" is that year's first half (wsj_1003).
                TimexRule.of("half-year", "(?:the" + SP + ")?(?<h>first|second|last|latter)" + SP + "(?:half|two" + SP
                        + "quarters)(?:" + SP + "of" + SP
                        + "(?:(?<rel>this|last|next)" + SP + "year|(?<y>" + YEAR + ")))?(?![\\p{L}-])",
                        RelativeDateRules::halfYear),
                TimexRule.of("season", "(?:(?<det>the)" + SP + ")?(?:(?<rel>last|this|next|this" + SP + "past|this" + SP
                        + "coming|coming|past)" + SP + ")?(?:(?<part>early|mid|late)(?:-|" + SP + "))?(?<s>spring|summer"
                        + "|autumn|fall|winter)(?:" + SP + "(?:of" + SP + ")?(?<y>" + ANY_YEAR + "))?(?![\\p{L}])"
                        + "(?=" + SP + "of" + SP + "(?<ofWord>\\p{L}+))?(?=" + SP + "(?<next>\\p{L}))?", RelativeDateRules::season),
                // "by year-end", "since year-end", "around year end": the end of the DCT's year, or of the year
                // before after "since" or in a past clause (TBAQ annotates 5 of its 6; wsj_0006, wsj_0586, wsj_0551).
                // A year-end is the day the books close, 31 December ("the percentage change is since year-end");
                // "around year end" is December, roughly.
                TimexRule.of("year-end", "(?:(?<pre>by|at|since|until|till|before|after|through|toward|towards)" + SP
                        + ")?(?<x>(?:(?<hedge>around|about|near)" + SP + ")?(?:year[- ]end|year['’]s" + SP + "end))"
                        + "(?![\\p{L}-])", RelativeDateRules::yearEnd),
                TimexRule.of("first-months-of-year", "(?<x>the" + SP + "(?<w>first|last)" + SP + "(?<a>" + AMOUNT + ")"
                        + SP + "(?<u>months|weeks|days)" + SP + "of" + SP + "(?:(?<y>" + YEAR + ")|(?<rel>this|last)"
                        + SP + "year))", RelativeDateRules::firstMonthsOfYear));
    }

    private static Function<NormalizationContext, Resolution> yearEnd(Match m) {
        String pre = m.group("pre");
        // Without a preposition or hedge "year-end" is a modifier ("when year-end net was below ...").
        if (pre == null && m.group("hedge") == null) {
            return null;
        }
        boolean since = pre != null && pre.equalsIgnoreCase("since");
        boolean hedged = m.group("hedge") != null;
        return relative(TimexType.DATE, hedged ? "XXXX-12" : "XXXX-12-31", ctx -> {
            int year = ctx.dct().getYear() - (since || ctx.tense() == Tense.PAST ? 1 : 0);
            return hedged ? Resolution.month(YearMonth.of(year, 12)).withMod("APPROX")
                    : Resolution.day(LocalDate.of(year, 12, 31));
        });
    }

    private static Function<NormalizationContext, Resolution> deicticDay(Match m) {
        if (m.group("part") == null && Lexicon.isCapitalisedInName(m.group("d"), m)) {
            return null;
        }
        int offset = Lexicon.deicticOffset(m.group("d"));
        String pod = m.group("pod");
        // Undated, "yesterday night" is still a night (GeoVirus 4).
        return relative(pod == null ? TimexType.DATE : TimexType.TIME, "XXXX-XX-XX" + (pod == null ? "" : partOfDay(pod)), ctx -> {
            Resolution day = Resolution.day(ctx.dct().plusDays(offset));
            if (pod != null) {
                day = day.withType(TimexType.TIME).withValue(day.value() + partOfDay(pod));
            }
            String part = m.group("part");
            return part == null ? day : day.withMod(Normalizers.part(part).name());
        });
    }

    static String partOfDay(String pod) {
        return switch (pod.toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    private static Function<NormalizationContext, Resolution> partOfToday(Match m) {
        String x = m.group("x").toLowerCase(Locale.ROOT);
        String pod = x.equals("tonight") ? "night" : m.group("pod");
        boolean last = x.startsWith("last");
        return relative(TimexType.TIME, "XXXX-XX-XX" + partOfDay(pod), ctx -> {
            LocalDate day = ctx.dct().minusDays(last ? 1 : 0);
            return Resolution.day(day).withType(TimexType.TIME).withValue(day + partOfDay(pod));
        });
    }

    private static Function<NormalizationContext, Resolution> relativeUnit(Match m) {
        // "ABC News' \"This Week\"": a capitalised unit after a capitalised "This"/"Last" is a title.
        if (Character.isUpperCase(m.group("u").charAt(0)) && m.group("rel") != null
                && Character.isUpperCase(m.group("rel").charAt(0))) {
            return null;
        }
        CalendarUnit unit = CalendarUnit.parse(m.group("u"));
        String rel = m.group("rel");
        // "during the last year of his contract" (LGL 38551711): the final year of something else, not last year.
        if (m.group("ofWhat") != null && rel != null && rel.toLowerCase(Locale.ROOT).matches("the\\s+last")) {
            return null;
        }
        String relWord = rel == null ? "this" : rel.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        int offset = Lexicon.offset(relWord);
        // "the past year" and "the last week" name the calendar unit as TimeBank annotates them (DATE 1997,
        // 2000-W15); only a count ("the past three months") is a duration.
        String unresolved = switch (unit) {
            case WEEK -> "XXXX-WXX";
            case MONTH -> "XXXX-XX";
            default -> "XXXX";
        };
        boolean anaphoric = relWord.equals("previous") || relWord.equals("following");
        String part = m.group("part");
        // "routine over the past decade" (NYT19981025.0188), "events of the past century" (wsj_0266): the ten or
        // hundred years up to the DCT, not the 1980s or the 19th century.
        if ((unit == CalendarUnit.DECADE || unit == CalendarUnit.CENTURY) && (relWord.equals("past") || relWord.equals("last"))
                && part == null) {
            Resolution length = RelativeDateResolver.duration(1.0, unit);
            return ctx -> ctx.hasDct() ? length.anchored(RelativeDateResolver.shiftFractional(ctx.dct(), -1, unit), ctx.dct())
                    : length;
        }
        return relative(TimexType.DATE, unresolved, ctx -> {
            LocalDate anchor = anaphoric ? ctx.anaphoricPeriodAnchor() : ctx.dct();
            Resolution whole = RelativeDateResolver.relativeUnit(anchor, unit, offset);
            // "earlier this week" is the part of the week before the DCT, "later this week" the part after
            // (gold notes: the drones of "earlier this week" in a Sunday piece = the whole week).
            if (offset == 0 && part != null && part.toLowerCase(Locale.ROOT).matches("earlier|later")) {
                boolean earlier = part.equalsIgnoreCase("earlier");
                return whole.withMod(earlier ? "START" : "END").withInterval(earlier ? whole.start() : ctx.dct(),
                        earlier ? ctx.dct() : whole.end(), whole.precision());
            }
            Resolution partOfUnit = applyPart(whole, part);
            // "The end of the year was not good at all" said in March (LGL 41424348) is the end of last year: a
            // part of "the" unit named in a past clause that has not begun yet lies in the unit before, and one in
            // a future clause that is already over lies in the next.
            if (rel == null && part != null && !anaphoric) {
                int shift = ctx.tense() == Tense.PAST && partOfUnit.start().isAfter(ctx.dct()) ? -1
                        : ctx.tense() == Tense.FUTURE && partOfUnit.end().isBefore(ctx.dct()) ? 1 : 0;
                if (shift != 0) {
                    return applyPart(RelativeDateResolver.relativeUnit(anchor, unit, shift), part);
                }
            }
            return partOfUnit;
        });
    }

    private static Function<NormalizationContext, Resolution> ago(Match m) {
        CalendarUnit unit = Lexicon.unit(m.group("u"));
        Double amount = amountAndHalf(m);
        if (amount == null) {
            return Normalizers.constant(Resolution.unanchored(TimexType.DATE,
                    m.group("dir").toLowerCase(Locale.ROOT).equals("ago") ? "PAST_REF" : "FUTURE_REF"));
        }
        double amountInUnit = amount * Lexicon.unitsPer(m.group("u"));
        int direction = m.group("dir").toLowerCase(Locale.ROOT).equals("ago") ? -1 : 1;
        String hedge = m.group("hedge");
        String hedgeKind = hedge == null ? null : switch (Normalizers.hedgeMod(hedge)) {
            case "EQUAL_OR_LESS", "LESS_THAN" -> "LESS_THAN";
            case "MORE_THAN", "EQUAL_OR_MORE" -> "MORE_THAN";
            default -> "APPROX";
        };
        String day = m.group("day");
        if (day != null && direction < 0 && hedge == null) {
            int fromDct = Lexicon.deicticOffset(day);
            return relative(TimexType.DATE, "XXXX-XX-XX", ctx -> Resolution.day(RelativeDateResolver.shiftFractional(
                    ctx.dct().plusDays(fromDct), -amountInUnit, unit)));
        }
        // Undated, the value keeps the granularity a DCT would give it: "installed 30 years ago" is some year
        // (LGL 44026163).
        String unresolved = switch (unit) {
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case YEAR, CENTURY -> "XXXX";
            case DECADE -> "XXX";
            default -> "XXXX-XX-XX";
        };
        return relative(TimexType.DATE, unresolved, ctx -> {
            // Earnings copy compares with the same quarter a year before: "up from $10 million a year ago".
            if (unit == CalendarUnit.YEAR && amountInUnit == 1 && direction < 0 && hedge == null
                    && ctx.lastQuarter() != null) {
                return yearBeforeQuarter(ctx.lastQuarter());
            }
            return RelativeDateResolver.ago(ctx.dct(), amountInUnit, unit, hedgeKind, direction);
        });
    }

    /** The amount written before the unit, plus a half when "and a half" follows the unit; null when vague. */
    private static Double amountAndHalf(Match m) {
        Double amount = Lexicon.amount(m.group("a"));
        return amount == null || m.group("half") == null ? amount : Double.valueOf(amount + 0.5);
    }

    /** Right after a day and a comma: "Oct. 12, ", "on Monday, ". */
    private static final String APPOSITION = "(?<=(?:[\\p{L}.][ \\t]\\d{1,2}|day),[ \\t]{1,3})";

    private static Function<NormalizationContext, Resolution> anaphoricDay(Match m) {
        String dir = m.group("dir") != null ? m.group("dir") : m.group("dir2");
        if (m.group("dir") != null && m.group("next") != null
                && (Lexicon.isCapitalised(m.group("next")) || m.group("appos") != null)) {
            return null; // "the day before Christmas"; "Nov. 3, the day before authorities issued" (appositive-day)
        }
        return dayFromAnchor(dir == null ? 0 : dir.toLowerCase(Locale.ROOT).matches("before|previous") ? -1 : 1);
    }

    /** The day {@code offset} days from the last day named, else from the DCT; unresolved with neither. */
    private static Function<NormalizationContext, Resolution> dayFromAnchor(int offset) {
        return ctx -> {
            LocalDate anchor = ctx.anaphoricAnchor();
            return anchor == null ? Resolution.unanchored(TimexType.DATE, "XXXX-XX-XX")
                    : Resolution.day(anchor.plusDays(offset));
        };
    }

    /**
     * "that day" is the last day named. After a month or a year named since ("killed last October ... crossed
     * out that same day", APW19990206.0090) it is an unknown day of that period; with no date named, an event's
     * day, which the text does not date.
     */
    private static Resolution lastDayNamed(NormalizationContext ctx) {
        Resolution last = ctx.previousDateNamed();
        if (last != null && last.mod() == null && last.value().matches("\\d{4}(?:-\\d\\d)?")) {
            return last.withValue(last.value() + (last.value().length() == 4 ? "-XX-XX" : "-XX"));
        }
        return ctx.previousDay() == null ? Resolution.unanchored(TimexType.DATE, "XXXX-XX-XX")
                : Resolution.day(ctx.previousDay());
    }

    private static Function<NormalizationContext, Resolution> anaphoricYear(Match m) {
        String dir = m.group("dir");
        int offset = dir == null ? 0 : dir.toLowerCase(Locale.ROOT).matches("previous|preceding") ? -1 : 1;
        return ctx -> {
            LocalDate anchor = ctx.anaphoricPeriodAnchor();
            return anchor == null ? Resolution.unanchored(TimexType.DATE, "XXXX")
                    : Resolution.year(anchor.getYear() + offset);
        };
    }

    /** "a year earlier", "two days later": counted from the last date named, else the DCT. */
    private static Function<NormalizationContext, Resolution> earlierLater(Match m) {
        Double amount = amountAndHalf(m);
        CalendarUnit unit = CalendarUnit.parse(m.group("u"));
        if (amount == null || unit == null) {
            return null;
        }
        int direction = m.group("dir").toLowerCase(Locale.ROOT).equals("later") ? 1 : -1;
        // TimeBank writes "a day earlier", "three days later" as durations (the shift), "a year earlier" as the date.
        if (unit == CalendarUnit.DAY || unit == CalendarUnit.WEEK) {
            return ctx -> {
                Resolution d = RelativeDateResolver.duration(amount, unit);
                LocalDate anchor = ctx.anaphoricAnchor();
                if (anchor == null) {
                    return d;
                }
                LocalDate point = RelativeDateResolver.shiftFractional(anchor, amount * direction, unit);
                return d.anchored(point, point);
            };
        }
        return ctx -> {
            if (unit == CalendarUnit.YEAR && amount == 1 && ctx.lastQuarter() != null && direction < 0) {
                return yearBeforeQuarter(ctx.lastQuarter());
            }
            // "arrested in 2005 ... Two years later": counted from the last date named, whatever its precision; with
            // none named, a past narrative's "15 years later" cannot be counted from the DCT (LGL 41646257, a headline).
            LocalDate anchor = direction > 0 ? ctx.previousDate() : ctx.anaphoricAnchor();
            if (anchor == null) {
                return Resolution.unanchored(TimexType.DATE, "XXXX-XX-XX");
            }
            return RelativeDateResolver.ago(anchor, amount, unit, null, direction);
        };
    }

    private static Function<NormalizationContext, Resolution> yearAgoQuarter(Match m) {
        return ctx -> {
            if (ctx.lastQuarter() != null) {
                return yearBeforeQuarter(ctx.lastQuarter());
            }
            return ctx.hasDct() ? Resolution.year(ctx.dct().getYear() - 1) : Resolution.unanchored(TimexType.DATE, "XXXX");
        };
    }

    private static Resolution yearBeforeQuarter(String quarterValue) {
        return TimexValues.quarterResolution(TimexValues.quarterValueYear(quarterValue) - 1,
                TimexValues.quarterValueNumber(quarterValue));
    }

    /** The named quarter of the year before the reported one (the last quarter named, else the DCT's year). */
    private static Function<NormalizationContext, Resolution> yearAgoNamedQuarter(Match m) {
        int q = Lexicon.quarter(m.group("q"));
        return relative(TimexType.DATE, "XXXX-Q" + q, ctx -> {
            String reported = ctx.lastQuarter() != null ? ctx.lastQuarter()
                    : RelativeDateResolver.quarterWithoutYear(ctx.dct(), q, ctx::tense).value();
            return TimexValues.quarterResolution(TimexValues.quarterValueYear(reported) - 1, q);
        });
    }

    private static Function<NormalizationContext, Resolution> quarter(Match m) {
        int q = Lexicon.quarter(m.group("q"));
        String year = m.group("y") != null ? m.group("y") : m.group("y1");
        if (year != null) {
            return Normalizers.constant(TimexValues.quarterResolution(Integer.parseInt(year), q));
        }
        String rel = m.group("rel");
        if (rel != null) {
            return relative(TimexType.DATE, "XXXX-Q" + q, ctx -> TimexValues.quarterResolution(
                    ctx.dct().getYear() + Lexicon.offset(rel), q));
        }
        return relative(TimexType.DATE, "XXXX-Q" + q,
                ctx -> RelativeDateResolver.quarterWithoutYear(ctx.dct(), q, ctx::tense));
    }

    /**
     * "the quarter", "the latest quarter": in earnings copy the quarter just reported, i.e. the last one
     * named in the text, else the one before the DCT's; "this/the current quarter" is the DCT's own.
     */
    private static Function<NormalizationContext, Resolution> relativeQuarter(Match m) {
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        String x = m.group("x").toLowerCase(Locale.ROOT);
        if (rel.isEmpty() && !x.startsWith("the")) {
            return null;
        }
        return relative(TimexType.DATE, "XXXX-QX", ctx -> {
            LocalDate dct = ctx.dct();
            LocalDate previousQuarter = dct.minusMonths(3);
            Resolution reported = ctx.lastQuarter() != null
                    ? TimexValues.quarterResolution(TimexValues.quarterValueYear(ctx.lastQuarter()),
                    TimexValues.quarterValueNumber(ctx.lastQuarter()))
                    : RelativeDateResolver.unitContaining(previousQuarter, CalendarUnit.QUARTER);
            return switch (rel) {
                // Earnings copy says "this quarter's loss" of the quarter it reports (wsj_0344); "the current
                // quarter" is the one under way (wsj_1025).
                case "this" -> ctx.lastQuarter() != null ? reported
                        : RelativeDateResolver.unitContaining(dct, CalendarUnit.QUARTER);
                case "current" -> RelativeDateResolver.unitContaining(dct, CalendarUnit.QUARTER);
                case "next", "coming" -> RelativeDateResolver.unitContaining(dct.plusMonths(3), CalendarUnit.QUARTER);
                case "last", "past", "previous" -> RelativeDateResolver.unitContaining(previousQuarter, CalendarUnit.QUARTER);
                default -> reported;
            };
        });
    }

    private static Function<NormalizationContext, Resolution> halfYear(Match m) {
        int half = m.group("h").toLowerCase(Locale.ROOT).equals("first") ? 1 : 2;
        String year = m.group("y");
        String rel = m.group("rel");
        // "the last half of 1989" is the second half. A half without its year is mostly of a match or of something
        // else ("the first half of the season"): all 6 in LGL and GeoVirus are halves of football matches, and
        // TBAQ does not annotate its one ("profit for the first half", wsj_0583).
        if (year == null && rel == null) {
            return null;
        }
        Function<Integer, Resolution> of = y -> {
            LocalDate start = LocalDate.of(y, half == 1 ? 1 : 7, 1);
            return Resolution.range(String.format("%04d-H%d", y, half), start, start.plusMonths(6).minusDays(1));
        };
        if (year != null) {
            return Normalizers.constant(of.apply(Integer.parseInt(year)));
        }
        return relative(TimexType.DATE, "XXXX-H" + half, ctx -> of.apply(ctx.dct().getYear() + Lexicon.offset(rel)));
    }

    private static Function<NormalizationContext, Resolution> season(Match m) {
        TimexValues.Season season = Lexicon.season(m.group("s"));
        String rel = m.group("rel");
        String year = m.group("y");
        boolean isFall = m.group("s").equalsIgnoreCase("fall");
        // "the ``Spring of Life'' demonstrations", "the PRIDE Spring Cleanup" (LGL): a capitalised season before a
        // name, or before "of" and a name, is part of the name.
        boolean capitalised = Lexicon.isCapitalised(m.group("s"));
        if (capitalised && m.group("ofWord") != null && Lexicon.isCapitalised(m.group("ofWord"))
                || capitalised && rel == null && year == null && m.group("next") != null
                && Lexicon.isCapitalised(m.group("next"))) {
            return null;
        }
        // "fall" is mostly a verb or "the fall of Kabul": only a season with a year or last/this/next.
        if (isFall && rel == null && year == null) {
            return null;
        }
        if (year != null) {
            return Normalizers.constant(applyPart(TimexValues.seasonResolution(Lexicon.year(year), season),
                    m.group("part")));
        }
        int offset = rel == null ? 0 : Lexicon.offset(rel);
        return relative(TimexType.DATE, "XXXX-" + season.code, ctx -> applyPart(
                RelativeDateResolver.seasonWithoutYear(ctx.dct(), season, offset, ctx::tense), m.group("part")));
    }

    /** "the first 7.5 months of 2024": a duration, anchored from 1 January (TimeBank: "the first nine months" = P9M). */
    private static Function<NormalizationContext, Resolution> firstMonthsOfYear(Match m) {
        Double amount = Lexicon.amount(m.group("a"));
        CalendarUnit unit = CalendarUnit.parse(m.group("u"));
        boolean first = m.group("w").equalsIgnoreCase("first");
        String year = m.group("y");
        String rel = m.group("rel");
        return ctx -> {
            Resolution d = RelativeDateResolver.duration(amount, unit);
            Integer y = year != null ? Integer.valueOf(year)
                    : ctx.hasDct() ? ctx.dct().getYear() + Lexicon.offset(rel) : null;
            if (amount == null || y == null) {
                return d;
            }
            if (first) {
                LocalDate start = LocalDate.of(y, 1, 1);
                return d.anchored(start, RelativeDateResolver.shiftFractional(start, amount, unit).minusDays(1));
            }
            LocalDate end = LocalDate.of(y, 12, 31);
            return d.anchored(RelativeDateResolver.shiftFractional(end.plusDays(1), -amount, unit), end);
        };
    }
}
