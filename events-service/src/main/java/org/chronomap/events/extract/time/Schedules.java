package org.chronomap.events.extract.time;

import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.recognize.Lexicon;
import org.chronomap.events.extract.time.recognize.Mention;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours are recurrences, not dates: "Paris Public Library is open Monday-Thursday 10-8, Friday 10-6,
 * and Saturday 10-5" (LGL 41751960) names every Monday to Thursday, not the last ones before the article. After
 * "is open", "are open", "open daily", "open to the public" or "hours are", in a sentence that also names a range
 * of weekdays ("Monday through Friday") or says "daily", a weekday is a SET ({@code XXXX-WXX-1}) and a clock time
 * keeps its time of day but no day. "Polls are open from 7 a.m. to 8 p.m. Tuesday" names one day and stays a
 * date, as do "will be open Monday" (a holiday notice) and "was open" (a past day).
 */
final class Schedules {

    private Schedules() {
    }

    private static final Pattern CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:is|are)[ \\t]+open"
            + "|open[ \\t]+(?:daily|to[ \\t]+the[ \\t]+public)|hours[ \\t]+are)(?![\\p{L}])");
    /** What makes the hours recur: "Monday-Thursday", "Monday through Friday", "daily". */
    private static final Pattern RECURRENCE = Pattern.compile("(?i)" + Lexicon.WEEKDAY + "(?:[ \\t]*[-–][ \\t]*"
            + "|[ \\t]+(?:through|thru|to)[ \\t]+)" + Lexicon.WEEKDAY + "|(?<![\\p{L}])daily(?![\\p{L}])");
    private static final Set<String> RULES = Set.of("weekday", "clock-time");
    /** How far back the cue is looked for, and how far on the rest of its sentence. */
    private static final int REACH = 200;
    /** A sentence end; "p.m." and "a.m." end none ("10 p.m. Monday"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![ap]\\.m)[.!?]+[\"”’')]*(?:\\s|$)");

    /** @return the resolution as a recurrence when the mention is a day or time of opening hours, else {@code r} */
    static Resolution recurring(String text, Mention mention, Resolution r) {
        if (!RULES.contains(mention.rule()) || r.mod() != null || r.isResolved() && r.precision() != Precision.DAY) {
            return r;
        }
        Matcher cue = CUE.matcher(text).region(Math.max(0, mention.start() - REACH), mention.start());
        int cueStart = -1;
        while (cue.find()) {
            cueStart = cue.start();
        }
        if (cueStart < 0) {
            return r;
        }
        Matcher end = SENTENCE_END.matcher(text).region(cueStart, Math.min(text.length(), mention.end() + REACH));
        int sentenceEnd = end.find() ? end.start() : end.regionEnd();
        if (sentenceEnd < mention.end()
                || !RECURRENCE.matcher(text).region(cueStart, sentenceEnd).find()) {
            return r;
        }
        Matcher weekday = Lexicon.WEEKDAY_WORD.matcher(text).region(mention.start(), mention.end());
        int clock = r.value().indexOf('T');
        String timeOfDay = clock < 0 ? "" : r.value().substring(clock);
        if (weekday.find()) {
            DayOfWeek day = Lexicon.weekday(weekday.group());
            return Resolution.unanchored(TimexType.SET, "XXXX-WXX-" + day.getValue() + timeOfDay);
        }
        return clock < 0 ? r : Resolution.unanchored(TimexType.TIME, "XXXX-XX-XX" + timeOfDay);
    }
}
