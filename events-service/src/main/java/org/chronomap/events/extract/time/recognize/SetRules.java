package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.TimexType;
import org.chronomap.events.extract.time.normalize.CalendarUnit;
import org.chronomap.events.extract.time.normalize.Resolution;

import java.util.List;
import java.util.Locale;

import static org.chronomap.events.extract.time.recognize.Lexicon.AMOUNT;
import static org.chronomap.events.extract.time.recognize.Lexicon.DAY_NAME;
import static org.chronomap.events.extract.time.recognize.Lexicon.SP;
import static org.chronomap.events.extract.time.recognize.Lexicon.WEEKDAY;
import static org.chronomap.events.extract.time.recognize.Normalizers.constant;

/** Recurrences (TIMEX3 SET): "every week" = P1W, "daily" = P1D, "each Thursday" = XXXX-WXX-4. */
final class SetRules {

    private static final String PLURAL_PART = "(?:mornings|afternoons|evenings|nights)(?![\\p{L}])";

    private SetRules() {
    }

    private static String firstOf(Match m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    static List<TimexRule> rules() {
        return List.of(
                // "per" with a small unit measures a speed or a rate ("15 million instructions per second", wsj_0781).
                TimexRule.of("set-every", "(?:every|each|per(?!" + SP + "(?:second|minute|hour)))" + SP + "(?:(?<a>other|"
                        + AMOUNT + ")" + SP + ")?(?<u>second|minute|hour|day|night|week|month|quarter|year|decade)s?(?![\\p{L}])", m -> {
                    String a = m.group("a");
                    CalendarUnit unit = m.group("u").equalsIgnoreCase("night") ? CalendarUnit.DAY
                            : CalendarUnit.parse(m.group("u"));
                    Double amount = a == null ? Double.valueOf(1) : a.equalsIgnoreCase("other") ? Double.valueOf(2)
                            : Lexicon.amount(a);
                    return constant(Resolution.unanchored(TimexType.SET, unit.duration(amount)));
                }),
                // A capitalised "Daily" within a sentence or before a capital is a paper's name: "the Bucharest Daily
                // News", "according to China Daily" (GeoVirus).
                TimexRule.of("set-adverb", "(?<![\\p{L}-])(?<w>daily|weekly|hourly|nightly)(?![\\p{L}-])(?=" + SP
                        + "(?<next>\\p{L}))?", m -> {
                    if (Lexicon.isCapitalisedInName(m.group("w"), m)
                            || Lexicon.isCapitalised(m.group("w")) && m.group("next") != null && Lexicon.isCapitalised(m.group("next"))) {
                        return null;
                    }
                    // "monthly", "quarterly" and "annually" are not read: TBAQ marks none of 11 "quarterly" and 2 of 6
                    // "annually" (wsj_0798, APW20000128.0316), and a recurrence dates no event.
                    String value = switch (m.group("w").toLowerCase(Locale.ROOT)) {
                        case "weekly" -> "P1W";
                        case "hourly" -> "PT1H";
                        default -> "P1D";
                    };
                    return constant(Resolution.unanchored(TimexType.SET, value));
                }),
                // "on the first Saturday of each month" (LGL 43921285): a monthly recurrence, not a dated Saturday.
                TimexRule.of("set-monthly-weekday", "(?:the" + SP + ")?(?:first|second|third|fourth|last)" + SP + "(?<wd>"
                        + WEEKDAY + ")" + SP + "(?:of|in)" + SP + "(?:each|every)" + SP + "month(?![\\p{L}])",
                        m -> Lexicon.isCapitalised(m.group("wd")) ? constant(Resolution.unanchored(TimexType.SET, "P1M")) : null),
                // "every Monday", "Mondays", "Tuesday nights", and the first of "Monday and Tuesday nights"
                // (APW19980213.1320). WEEKDAY refuses a following letter, so the plural takes DAY_NAME.
                TimexRule.of("set-weekday", "(?:(?:every|each)" + SP + "(?<wd>" + WEEKDAY + ")|(?<wds>" + DAY_NAME
                        + ")s|(?<wdn>" + DAY_NAME + ")(?=" + SP + PLURAL_PART + ")|(?<wdc>" + DAY_NAME + ")(?=" + SP
                        + "(?:and|or)" + SP + DAY_NAME + SP + "(?<podc>mornings|afternoons|evenings|nights)(?![\\p{L}])))"
                        + "(?:" + SP + "(?<pod>mornings?|afternoons?|evenings?|nights?))?(?![\\p{L}])", m -> {
                    String word = firstOf(m, "wd", "wds", "wdn", "wdc");
                    if (!Lexicon.isCapitalised(word)) {
                        return null;
                    }
                    String pod = firstOf(m, "pod", "podc");
                    return constant(Resolution.unanchored(TimexType.SET, "XXXX-WXX-" + Lexicon.weekday(word).getValue()
                            + (pod == null ? "" : RelativeDateRules.partOfDay(pod.replaceFirst("s$", "")))));
                }),
                TimexRule.of("set-month", "(?:every|each)" + SP + "(?<m>January|February|March|April|May|June|July"
                        + "|August|September|October|November|December)(?![\\p{L}])", m -> constant(Resolution.unanchored(
                        TimexType.SET, String.format("XXXX-%02d", Lexicon.month(m.group("m")))))),
                TimexRule.of("set-frequency", "(?:once|twice|(?:three|four|five|several|\\d+)" + SP + "times)" + SP
                        + "(?:a|an|per)" + SP + "(?<u>day|week|month|year)", m -> constant(Resolution.unanchored(
                        TimexType.SET, CalendarUnit.parse(m.group("u")).duration(1.0)))));
    }
}
