package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.TimexType;
import org.chronomap.events.extract.time.normalize.CalendarUnit;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.normalize.Tense;

import java.util.List;
import java.util.regex.Pattern;

import static org.chronomap.events.extract.time.recognize.Lexicon.SP;
import static org.chronomap.events.extract.time.recognize.Normalizers.constant;

/**
 * TimeML's vague references: "now", "currently" → PRESENT_REF; "recently", "in recent days", "the past"
 * → PAST_REF; "soon", "the future" → FUTURE_REF. They have no calendar interval.
 */
final class ReferenceRules {

    private ReferenceRules() {
    }

    private static final String WORD_AFTER = "(?=" + SP + "(?<after>\\p{L}+))?";
    private static final Pattern THE_CAPITALISED = Pattern.compile("[Tt]he" + SP + "\\p{Lu}\\p{L}*");

    /** "the Future Farmers of America", "the Past Presidents Club" (LGL): "the" and two capitalised words name something. */
    private static boolean inName(Match m) {
        String after = m.group("after");
        return after != null && Lexicon.isCapitalised(after) && THE_CAPITALISED.matcher(m.group("x")).matches();
    }

    static List<TimexRule> rules() {
        return List.of(
                // "the people who are now on the board" is now; "from now on" is no point in time (wsj_0158).
                TimexRule.of("present-ref", "(?<![\\p{L}'’])(?<x>(?<!from[ \\t\\u00A0])now|(?<=from[ \\t\\u00A0])now(?!" + SP + "on\\b)|currently|presently|nowadays|at" + SP + "present"
                        + "|current(?!" + SP + "(?:account|affairs|events|of|in|and|,)\\b)|right" + SP + "now|at" + SP + "the" + SP + "moment|these" + SP + "days"
                        // "traveling at this crucial moment" (AP900815-0044)
                        + "|this" + SP + "(?:\\p{L}+" + SP + ")?moment"
                        + "|the" + SP + "present)(?![\\p{L}'’-])(?!" + SP + "than\\b)" + WORD_AFTER,
                        m -> m.group("x").equals("Now") && Lexicon.isCapitalisedInName("Now", m) || inName(m) ? null
                                : constant(Resolution.unanchored(TimexType.DATE, "PRESENT_REF"))),
                // "at 50% of the then current market price": "then" moves "current" to a past time (wsj_0924).
                TimexRule.of("past-ref", "(?<![\\p{L}])(?<x>recently|lately|more" + SP + "recently|then[ -]current|recent(?!" + SP + "(?:days|weeks|months|quarters|years|times|decades)\\b)"
                        // "saying at the time he was willing": the time of the report; "at the time of X" names X's.
                        + "|(?<=at" + "[ \\t\\u00A0])the" + SP + "time(?!" + SP + "(?:of|when|being)\\b)"
                        + "|(?<!the[ \\t\\u00A0])past" + SP + "(?:weeks|months|quarters|years|decades)(?!" + SP + "(?:ago|before|after)\\b)"
                        + "|the" + SP + "past(?!" + SP
                        + "(?:few|several|couple|\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|year|month|week|fortnight|day|decade|century|quarter)))"
                        + "(?![\\p{L}-])" + WORD_AFTER, m -> inName(m) ? null
                                : constant(Resolution.unanchored(TimexType.DATE, "PAST_REF"))),
                TimexRule.of("future-ref", "(?<![\\p{L}])(?<x>the" + SP + "(?:near" + SP + "|distant" + SP + ")?future"
                        + "|the" + SP + "(?:near|short|long)" + SP + "term|a" + SP + "later" + SP + "date"
                        + "|as" + SP + "soon" + SP + "as" + SP + "possible"
                        + "|future" + SP + "(?:days|weeks|months|quarters|years|decades)|(?:the" + SP + ")?coming" + SP
                        + "(?:days|weeks|months|quarters|years|decades))(?![\\p{L}-])" + WORD_AFTER,
                        m -> inName(m) ? null : constant(Resolution.unanchored(TimexType.DATE, "FUTURE_REF"))),
                // "soon" points ahead of the DCT only outside past narrative ("was soon released" is not
                // FUTURE_REF) and outside the conjunctions "as soon as", "soon after" (TBAQ annotates 4 of the 7 left).
                TimexRule.of("future-ref", "(?<![\\p{L}])(?<!(?:as|how|too|so)[ \\t\\u00A0])(?<x>soon)(?![\\p{L}'’-])(?!" + SP + "(?:as|after|afterwards?|thereafter|enough)\\b)",
                        m -> ctx -> ctx.tense() == Tense.PAST ? null
                                : Resolution.unanchored(TimexType.DATE, "FUTURE_REF")),
                // "in recent months": an unknown number of months up to now (TBAQ: PXM, PXW, PXD, PXY 7 times,
                // PAST_REF 5 times).
                TimexRule.of("recent-period", "(?<x>recent" + SP + "(?<u>days|weeks|months|quarters|years|decades))(?![\\p{L}-])",
                        m -> constant(Resolution.unanchored(TimexType.DURATION, CalendarUnit.parse(m.group("u")).duration(null)))));
    }
}
