package org.chronomap.geo.geoparse.extractor;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.chronomap.common.text.SentenceEnds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences, tokens and parts of speech from the OpenNLP English UD models. The models are
 * shared; the ME taggers are not thread-safe, so each thread gets its own.
 */
public final class TextAnalyzer {

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizers;
    private final ThreadLocal<GreedyTagger> taggers;

    public TextAnalyzer() {
        sentenceModel = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        tokenizerModel = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        posModel = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        taggers = ThreadLocal.withInitial(() -> new GreedyTagger(posModel));
    }

    public List<Token> analyze(String text) {
        List<Token> tokens = new ArrayList<>();
        int sentenceIndex = 0;
        for (Span line : paragraphs(text)) {
            String lineText = text.substring(line.getStart(), line.getEnd());
            for (Span s : joinFalseEnds(lineText, sentences.get().sentPosDetect(lineText))) {
                int base = line.getStart() + s.getStart();
                String sentence = text.substring(base, line.getStart() + s.getEnd());
                List<int[]> spans = new ArrayList<>();
                tokenize(sentence, spans);
                mergeAbbreviations(sentence, spans);
                String[] words = new String[spans.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = sentence.substring(spans.get(i)[0], spans.get(i)[1]);
                }
                String[] tags = taggers.get().tagGreedily(words);
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(words[i], base + spans.get(i)[0], base + spans.get(i)[1], tags[i],
                            sentenceIndex, i == 0));
                }
                sentenceIndex++;
            }
        }
        return tokens;
    }

    /**
     * The tokenizer model's own splitting, but words of letters and digits only are taken whole
     * without asking the model (OpenNLP's "alphanumeric optimisation", which this model was
     * trained without): they are most of a text and the model splits them only in rare fused
     * forms ("cannot"), none of which is a place name. Halves the tokenizer's cost.
     */
    private void tokenize(String sentence, List<int[]> spans) {
        TokenizerME tokenizer = tokenizers.get();
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            boolean alphanumeric = true;
            while (i < n && !Character.isWhitespace(sentence.charAt(i))) {
                alphanumeric &= Character.isLetterOrDigit(sentence.charAt(i));
                i++;
            }
            if (start == i) {
                break;
            }
            if (alphanumeric) {
                spans.add(new int[] {start, i});
                continue;
            }
            for (Span t : tokenizer.tokenizePos(sentence.substring(start, i))) {
                splitClitics(sentence, start + t.getStart(), start + t.getEnd(), spans);
            }
        }
    }

    /**
     * The tagger's best tag for each word in turn, given the tags before it: beam search (the
     * default, three sequences) costs three times as much and gave the same tags on our news
     * texts; only PROPN versus the function-word tags matter to the spotter.
     */
    private static final class GreedyTagger extends POSTaggerME {

        private final opennlp.tools.ml.model.MaxentModel maxent;

        GreedyTagger(POSModel model) {
            super(model);
            this.maxent = model.getArtifact("pos.model");
        }

        String[] tagGreedily(String[] words) {
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                tags[i] = maxent.getBestOutcome(maxent.eval(cg.getContext(i, words, tags, null)));
            }
            return tags;
        }
    }

    /**
     * Line breaks end a sentence in news pages (headlines, bullets, datelines) even without a
     * full stop, so each non-empty line is detected on its own.
     */
    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start && !text.substring(start, i).isBlank()) {
                    out.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The detector's sentences, each joined to the next where it ended it falsely ({@link SentenceEnds}). */
    private static List<Span> joinFalseEnds(String text, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String before = text.substring(prev.getStart(), prev.getEnd());
                if (SentenceEnds.isFalseEnd(before)) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * "U.K" + "." → "U.K.", "W.Va" + "." → "W.Va.": dotted abbreviations keep their final dot;
     * so does a middle initial before a name ("Thomas A" + "." + "Houston" → "A.").
     */
    private static void mergeAbbreviations(String s, List<int[]> spans) {
        for (int i = 0; i + 1 < spans.size(); i++) {
            int[] a = spans.get(i);
            int[] b = spans.get(i + 1);
            boolean initial = a[1] - a[0] == 1 && Character.isUpperCase(s.charAt(a[0])) && i + 2 < spans.size()
                    && Character.isUpperCase(s.charAt(spans.get(i + 2)[0]));
            if (b[0] == a[1] && b[1] == b[0] + 1 && s.charAt(b[0]) == '.'
                    && (initial || s.substring(a[0], a[1]).matches("[A-Za-z]+(\\.[A-Za-z]+)+"))) {
                a[1] = b[1];
                spans.remove(i + 1);
            }
        }
    }

    /**
     * Splits what the tokenizer leaves joined: possessives with a typographic apostrophe
     * ("Kursk’s") and a capitalised name hyphenated to a lower-case word ("US-made",
     * "Russian-occupied"), so the name is a token of its own.
     */
    private static void splitClitics(String s, int start, int end, List<int[]> out) {
        String w = s.substring(start, end);
        if (w.length() > 2 && (w.endsWith("’s") || w.endsWith("'s"))) {
            out.add(new int[] {start, end - 2});
            out.add(new int[] {end - 2, end});
            return;
        }
        if (w.length() > 2 && (w.endsWith("s’") || w.endsWith("s'"))) {
            out.add(new int[] {start, end - 1});
            out.add(new int[] {end - 1, end});
            return;
        }
        if (w.length() > 2 && w.endsWith(".") && w.indexOf('.') == w.length() - 1
                && Character.isLetter(w.charAt(w.length() - 2))) {
            // "Kiev." at the end of a line: the full stop is not part of the name.
            out.add(new int[] {start, end - 1});
            out.add(new int[] {end - 1, end});
            return;
        }
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && hyphen < w.length() - 1 && Character.isUpperCase(w.charAt(0))
                && w.substring(hyphen + 1).chars().allMatch(Character::isLowerCase)) {
            out.add(new int[] {start, start + hyphen});
            out.add(new int[] {start + hyphen, start + hyphen + 1});
            out.add(new int[] {start + hyphen + 1, end});
            return;
        }
        out.add(new int[] {start, end});
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = TextAnalyzer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model missing from the classpath: " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
