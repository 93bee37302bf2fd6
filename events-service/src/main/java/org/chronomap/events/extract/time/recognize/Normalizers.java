package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.TimexType;
import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.RelativeDateResolver;
import org.chronomap.events.extract.time.normalize.RelativeDateResolver.Part;
import org.chronomap.events.extract.time.normalize.Resolution;

import java.util.Locale;
import java.util.function.Function;

/** Small helpers shared by the rule groups to build normalisers from matches. */
final class Normalizers {

    private Normalizers() {
    }

    /**
     * A normaliser that needs the DCT: without one the value stays X-filled as TimeML prescribes
     * ({@code XXXX-XX-XX}) instead of guessing.
     */
    static Function<NormalizationContext, Resolution> relative(TimexType type, String unresolvedValue,
                                                               Function<NormalizationContext, Resolution> withDct) {
        return ctx -> ctx.hasDct() ? withDct.apply(ctx) : Resolution.unanchored(type, unresolvedValue);
    }

    static Function<NormalizationContext, Resolution> constant(Resolution resolution) {
        return ctx -> resolution;
    }

    /** "early"/"earlier"/"the beginning of"/"the start of" → START, "mid"/"the middle of" → MID, "late"/"later"/"the end of" → END. */
    static Part part(String written) {
        if (written == null) {
            return null;
        }
        String w = written.toLowerCase(Locale.ROOT);
        if (w.startsWith("early") || w.startsWith("earlier") || w.contains("beginning") || w.contains("start")
                || w.contains("first half")) {
            return Part.START;
        }
        if (w.startsWith("mid") || w.contains("middle")) {
            return Part.MID;
        }
        if (w.startsWith("late") || w.contains("end") || w.contains("second half")) {
            return Part.END;
        }
        return null;
    }

    static Resolution applyPart(Resolution resolution, String partWord) {
        Part part = part(partWord);
        return part == null ? resolution : RelativeDateResolver.part(resolution, part);
    }

    /** TIMEX3 mod of a hedge in front of an amount. */
    static String hedgeMod(String hedge) {
        if (hedge == null) {
            return null;
        }
        String h = hedge.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (h) {
            case "nearly", "just under", "up to", "no more than", "at most" -> "EQUAL_OR_LESS";
            case "almost", "less than", "under", "fewer than" -> "LESS_THAN";
            case "more than", "over", "just over", "longer than" -> "MORE_THAN";
            case "at least", "no less than" -> "EQUAL_OR_MORE";
            default -> "APPROX";
        };
    }
}
