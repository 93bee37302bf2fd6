package org.chronomap.events.extract.time;

import org.chronomap.common.text.SentenceEnds;
import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.normalize.ClauseTense;
import org.chronomap.events.extract.time.normalize.Tense;
import org.chronomap.events.extract.time.recognize.Mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the tagger learns which sentence a mention is in and the tense and aspect of its clause. */
interface ClauseReader {

    /** Index of the sentence containing the mention; mentions in the same sentence share it. */
    int sentenceOf(Mention mention);

    Tense tense(Mention mention);

    boolean perfectOrProgressive(Mention mention);

    /** Reads everything from a text analysed in full (the pipeline's {@link AnalyzedText}). */
    static ClauseReader of(AnalyzedText text) {
        return new ClauseReader() {
            public int sentenceOf(Mention mention) {
                AnalyzedText.Sentence s = sentence(text, mention.start());
                return s == null ? -1 : s.index();
            }

            public Tense tense(Mention mention) {
                AnalyzedText.Sentence s = sentence(text, mention.start());
                int[] range = s == null ? null : tokenRange(s.tokens(), mention);
                return range == null ? Tense.UNKNOWN : ClauseTense.of(s.tokens(), range[0], range[1]);
            }

            public boolean perfectOrProgressive(Mention mention) {
                AnalyzedText.Sentence s = sentence(text, mention.start());
                int[] range = s == null ? null : tokenRange(s.tokens(), mention);
                return range != null && ClauseTense.isPerfectOrProgressive(s.tokens(), range[0], range[1]);
            }
        };
    }

    /**
     * Splits sentences with a cheap punctuation rule and tags only the sentences that a tense question is
     * asked about: the raw-text path, which is several times faster than analysing the whole article.
     */
    static ClauseReader onDemand(TextAnalyzer analyzer, String text, List<Mention> mentions) {
        return new OnDemandClauseReader(analyzer, text, mentions);
    }

    private static AnalyzedText.Sentence sentence(AnalyzedText text, int position) {
        List<AnalyzedText.Sentence> sentences = text.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            AnalyzedText.Sentence s = sentences.get(mid);
            if (position < s.start()) {
                hi = mid - 1;
            } else if (position >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** Indices of the first and last token the mention covers, or null when it covers none. */
    static int[] tokenRange(List<AnalyzedText.Token> tokens, Mention m) {
        // Tokens are in text order and do not overlap: the first one ending after the mention's start is found
        // by bisection (a sentence with many dates is read once per date).
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > m.start()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int last = lo - 1;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < m.end()) {
            last++;
        }
        return last < lo ? null : new int[]{lo, last};
    }

    final class OnDemandClauseReader implements ClauseReader {

        /**
         * A possible sentence end: a line break, or . ! ? (and closing quotes) before white space and a capital or
         * a figure. It is one unless {@link SentenceEnds} finds an abbreviation before a name or a number there
         * (a title, "Roe vs. Wade", an initial, "Nov. 6"): a sentence cut there would lose the verb that governs
         * a date beyond the cut.
         */
        private static final Pattern SENTENCE_END = Pattern.compile("\\n|[.!?]+[\"”’')]*\\s+(?=[\"“‘(]?[A-Z0-9])");
        /**
         * How far the tagged stretch reaches before and after a mention (UTF-16 units, cut at the sentence).
         * The governing verb is almost always within a dozen words; tagging less is what makes this path fast.
         */
        private static final int BEFORE = 100;
        private static final int AFTER = 30;
        /**
         * A mention this close to the start of its sentence (UTF-16 units) is tagged {@link #AFTER_OPENING} on:
         * enough to pass a subject that carries a phrase of its own ("In January, a week after the 25th
         * anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham, Ala., killed").
         */
        private static final int OPENING = 12;
        private static final int AFTER_OPENING = 160;

        private final TextAnalyzer analyzer;
        private final String text;
        private final List<Integer> sentenceStarts = new ArrayList<>();
        /** Per sentence: the stretch to tag, covering all its mentions (UTF-16 start and end). */
        private final Map<Integer, int[]> spanBySentence = new HashMap<>();
        private final Map<Integer, List<AnalyzedText.Token>> tokensBySentence = new HashMap<>();

        private OnDemandClauseReader(TextAnalyzer analyzer, String text, List<Mention> mentions) {
            this.analyzer = analyzer;
            this.text = text;
            sentenceStarts.add(0);
            Matcher m = SENTENCE_END.matcher(text);
            while (m.find()) {
                boolean lineBreak = text.charAt(m.start()) == '\n';
                if (lineBreak || !SentenceEnds.isFalseEnd(text, sentenceStarts.get(sentenceStarts.size() - 1), m.end())) {
                    sentenceStarts.add(m.end());
                }
            }
            for (Mention mention : mentions) {
                spanBySentence.merge(sentenceOf(mention), new int[]{mention.start(), mention.end()},
                        (a, b) -> new int[]{Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
        }

        public int sentenceOf(Mention mention) {
            int lo = 0;
            int hi = sentenceStarts.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (sentenceStarts.get(mid) <= mention.start()) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        public Tense tense(Mention mention) {
            List<AnalyzedText.Token> tokens = tokensAround(mention);
            int[] range = tokenRange(tokens, mention);
            return range == null ? Tense.UNKNOWN : ClauseTense.of(tokens, range[0], range[1]);
        }

        public boolean perfectOrProgressive(Mention mention) {
            List<AnalyzedText.Token> tokens = tokensAround(mention);
            int[] range = tokenRange(tokens, mention);
            return range != null && ClauseTense.isPerfectOrProgressive(tokens, range[0], range[1]);
        }

        private List<AnalyzedText.Token> tokensAround(Mention mention) {
            // One tagging per sentence, over the stretch that covers all of its mentions.
            int s = sentenceOf(mention);
            return tokensBySentence.computeIfAbsent(s, key -> {
                int[] covered = spanBySentence.getOrDefault(s, new int[]{mention.start(), mention.end()});
                int start = Math.max(sentenceStarts.get(s), covered[0] - BEFORE);
                // A mention that opens its sentence ("On Tuesday, the National Abortion and Reproductive Rights
                // Action League plans to hold ...") has its verb after it, often beyond a long subject.
                int after = covered[0] - sentenceStarts.get(s) <= OPENING ? AFTER_OPENING : AFTER;
                int end = Math.min(s + 1 < sentenceStarts.size() ? sentenceStarts.get(s + 1) : text.length(),
                        covered[1] + after);
                // Snap to white space so that no word is cut in half.
                while (start > sentenceStarts.get(s) && !Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                while (end < text.length() && end > covered[1] && !Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                return analyzer.analyzeVerbsOfSpan(text, start, end);
            });
        }
    }
}
