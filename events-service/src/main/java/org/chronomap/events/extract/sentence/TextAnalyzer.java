package org.chronomap.events.extract.sentence;

import jakarta.enterprise.context.ApplicationScoped;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import org.chronomap.common.text.SentenceEnds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first stage of the pipeline: article text → paragraphs → sentences → tokens with parts of
 * speech and lemmas, using the OpenNLP English (UD EWT) models shipped as Maven artefacts.
 * The models are thread-safe and loaded once; the OpenNLP taggers are not, so each thread gets its own.
 */
@ApplicationScoped
public class TextAnalyzer {

    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final ThreadLocal<Taggers> taggers;
    /** English has some tens of thousands of verb forms; beyond this, misspellings are not worth keeping. */
    private static final int MAX_CACHED_VERB_FORMS = 100_000;
    /** Lemmas of verb forms seen by {@link #analyzeVerbsOfSpan}, keyed by "TAG form". */
    private final Map<String, String> verbLemmas = new ConcurrentHashMap<>();

    /** Bound of the lemma memo (entries of a few dozen bytes): all of a large news vocabulary. */
    private static final int MAX_CACHED_LEMMAS = 500_000;
    private final java.util.concurrent.ConcurrentHashMap<String, String> lemmaCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Bound of the word-split memo (a word and its cut points, some 100 bytes): a large news vocabulary. */
    private static final int MAX_CACHED_SPLITS = 200_000;
    /**
     * How the tokenizer cuts each white-space-delimited chunk ("Kyiv's" → 0-4, 4-6), as start/end pairs
     * relative to the chunk. OpenNLP's maximum-entropy tokenizer decides each chunk from the chunk alone,
     * so the memo gives exactly its answer; it was a fifth of the pipeline's CPU, and words repeat.
     */
    private final Map<String, int[]> splits = new ConcurrentHashMap<>();

    public TextAnalyzer() {
        SentenceModel sentences = load(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tokens = load(TOKEN_MODEL, TokenizerModel::new);
        POSModel pos = withTopKBeamSearch(load(POS_MODEL, POSModel::new));
        LemmatizerModel lemmas = load(LEMMA_MODEL, LemmatizerModel::new);
        taggers = ThreadLocal.withInitial(() -> new Taggers(new SentenceDetectorME(sentences),
                new TokenizerME(tokens), new POSTaggerME(pos), Lemmatizer.of(lemmas)));
    }

    private record Taggers(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME pos, Lemmatizer lemmas) {
    }

    /**
     * The loaded tagger model with the same maximum-entropy model behind {@link TopKBeamSearch}, which keeps
     * no state between calls and so may serve every thread's tagger.
     */
    static POSModel withTopKBeamSearch(POSModel loaded) {
        String beam = loaded.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        MaxentModel maxent = loaded.getArtifact("pos.model");
        return new POSModel(loaded.getLanguage(), new TopKBeamSearch(beamSize(beam), maxent),
                beam == null ? Map.of() : Map.of(BeamSearch.BEAM_SIZE_PARAMETER, beam), loaded.getFactory());
    }

    /** OpenNLP's rule: the model's manifest says, else 3. */
    private static int beamSize(String manifestValue) {
        return manifestValue == null ? 3 : Integer.parseInt(manifestValue);
    }

    /**
     * {@link LemmatizerME#lemmatize(String[], String[])} step for step (edit scripts from the beam search over
     * the model's context generator and validator, then {@link LemmatizerME#decodeLemmas}), on
     * {@link TopKBeamSearch}: OpenNLP's lemmatizer builds its own beam search and cannot be given another.
     */
    record Lemmatizer(TopKBeamSearch search, LemmatizerContextGenerator context, SequenceValidator<String> validator) {
        static Lemmatizer of(LemmatizerModel model) {
            return new Lemmatizer(new TopKBeamSearch(beamSize(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)),
                    model.getArtifact("lemmatizer.model")), model.getFactory().getContextGenerator(),
                    model.getFactory().getSequenceValidator());
        }

        String[] lemmatize(String[] words, String[] tags) {
            String[] scripts = search.bestSequence(words, new Object[]{tags}, context, validator).getOutcomes()
                    .toArray(new String[0]);
            return LemmatizerME.decodeLemmas(words, scripts);
        }
    }

    public AnalyzedText analyze(String text) {
        Taggers t = taggers.get();
        List<AnalyzedText.Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        // Line breaks end sentences in news copy (headlines, bullets, datelines carry no full stop),
        // so the sentence model runs within each line.
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : wholeSentences(line, t.sentences().sentPosDetect(line))) {
                    int start = lineStart + span.getStart();
                    int end = lineStart + span.getEnd();
                    // Tokens are tagged on first use: most stages look at few sentences, and the tagger
                    // and lemmatizer are the bulk of the cost.
                    sentences.add(new AnalyzedText.Sentence(sentences.size(), paragraph, start, end,
                            new LazyTokens(() -> tokens(taggers.get(), text, start, end))));
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedText(text, List.copyOf(sentences), new CodePointIndex(text));
    }

    /** The model's sentences, each joined to the next where the model ended it falsely ({@link SentenceEnds}). */
    static List<Span> wholeSentences(String line, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        int start = -1;
        for (int i = 0; i < spans.length; i++) {
            if (start < 0) {
                start = spans[i].getStart();
            }
            int end = spans[i].getEnd();
            if (i == spans.length - 1 || !SentenceEnds.isFalseEnd(line.substring(start, end))) {
                out.add(new Span(start, end));
                start = -1;
            }
        }
        return out;
    }

    /**
     * Tokens and parts of speech of one span of the text (UTF-16 indices, end exclusive), without sentence
     * detection, and lemmas for verbs and auxiliaries only (other tokens get their lower-cased form): for a
     * stage that needs the verbs of a few clauses (the time tagger reads the tense around each date). The
     * lemmatizer is most of the cost of {@link #analyze}; run on the verbs alone it is several times cheaper.
     */
    public List<AnalyzedText.Token> analyzeVerbsOfSpan(String text, int start, int end) {
        Taggers t = taggers.get();
        String span = text.substring(start, end);
        // The rule-based tokenizer: as good as the maximum-entropy one around verbs, and far cheaper.
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(span);
        String[] words = Span.spansToStrings(spans, span);
        String[] tags = partsOfSpeech(t, words);
        List<Integer> verbs = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (tags[i].equals("VERB") || tags[i].equals("AUX")) {
                verbs.add(i);
            }
        }
        String[] lemmas = new String[words.length];
        for (int i : verbs) {
            // A verb form has one lemma whatever its neighbours ("said" → "say"), so it is looked up once.
            String key = tags[i] + ' ' + words[i];
            String lemma = verbLemmas.get(key);
            if (lemma == null) {
                lemma = t.lemmas().lemmatize(new String[]{words[i]}, new String[]{tags[i]})[0];
                if (verbLemmas.size() < MAX_CACHED_VERB_FORMS) {
                    verbLemmas.put(key, lemma);
                }
            }
            lemmas[i] = lemma;
        }
        List<AnalyzedText.Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i] : lemmas[i];
            tokens.add(new AnalyzedText.Token(start + spans[i].getStart(), start + spans[i].getEnd(), words[i],
                    tags[i], lemma.toLowerCase(Locale.ROOT)));
        }
        return tokens;
    }

    private List<AnalyzedText.Token> tokens(Taggers t, String text, int start, int end) {
        String sentence = text.substring(start, end);
        Span[] spans = tokenize(t, sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = partsOfSpeech(t, words);
        String[] lemmas = lemmas(t, words, tags);
        List<AnalyzedText.Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new AnalyzedText.Token(start + spans[i].getStart(), start + spans[i].getEnd(), words[i],
                    tags[i], lemmas[i]));
        }
        return tokens;
    }

    /**
     * The longest run of words tagged as one sequence. The beam search copies each sequence's tags at every
     * step, so its cost grows with the square of the length: a 1 MB text with no sentence end (a list of days,
     * "May 1, 2, 3, ...") kept a request busy for minutes. A news sentence has well under 200 words; a longer run
     * is tagged in pieces, each word seeing at least its two neighbours' words as the model's context does.
     */
    static final int MAX_TAGGED_WORDS = 250;

    private static String[] partsOfSpeech(Taggers t, String[] words) {
        if (words.length <= MAX_TAGGED_WORDS) {
            return t.pos().tag(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TAGGED_WORDS) {
            int to = Math.min(words.length, from + MAX_TAGGED_WORDS);
            System.arraycopy(t.pos().tag(Arrays.copyOfRange(words, from, to)), 0, tags, from, to - from);
        }
        return tags;
    }

    /** {@code TokenizerME.tokenizePos(sentence)}, chunk by chunk through {@link #splits}. */
    private Span[] tokenize(Taggers t, String sentence) {
        List<Span> out = new ArrayList<>();
        // The shared instance's one setting, keeping line breaks, cannot matter: sentences hold none.
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
            String word = sentence.substring(chunk.getStart(), chunk.getEnd());
            int[] cuts = splits.get(word);
            if (cuts == null) {
                Span[] pieces = t.tokens().tokenizePos(word);
                cuts = new int[pieces.length * 2];
                for (int i = 0; i < pieces.length; i++) {
                    cuts[2 * i] = pieces[i].getStart();
                    cuts[2 * i + 1] = pieces[i].getEnd();
                }
                if (splits.size() < MAX_CACHED_SPLITS) {
                    splits.put(word, cuts);
                }
            }
            for (int i = 0; i < cuts.length; i += 2) {
                out.add(new Span(chunk.getStart() + cuts[i], chunk.getStart() + cuts[i + 1]));
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * Lemmas, memoised per (word, tag): the statistical lemmatizer costs five times the tagger, and a
     * lemma hardly depends on more than its word and tag, while news vocabulary repeats heavily. Only
     * the words not seen before go through the model, as one sequence in sentence order.
     */
    private String[] lemmas(Taggers t, String[] words, String[] tags) {
        String[] lemmas = new String[words.length];
        int missing = 0;
        for (int i = 0; i < words.length; i++) {
            lemmas[i] = lemmaCache.get(words[i] + '\u0001' + tags[i]);
            if (lemmas[i] == null) {
                missing++;
            }
        }
        if (missing == 0) {
            return lemmas;
        }
        String[] missWords = new String[missing];
        String[] missTags = new String[missing];
        int[] at = new int[missing];
        for (int i = 0, j = 0; i < words.length; i++) {
            if (lemmas[i] == null) {
                missWords[j] = words[i];
                missTags[j] = tags[i];
                at[j++] = i;
            }
        }
        String[] found = t.lemmas().lemmatize(missWords, missTags);
        for (int j = 0; j < missing; j++) {
            String lemma = found[j] == null || found[j].equals("O") ? missWords[j] : found[j];
            lemma = lemma.toLowerCase(Locale.ROOT);
            lemmas[at[j]] = lemma;
            if (lemmaCache.size() < MAX_CACHED_LEMMAS) {
                lemmaCache.put(missWords[j] + '\u0001' + missTags[j], lemma);
            }
        }
        return lemmas;
    }

    /** A sentence's tokens, computed once on first access. */
    private static final class LazyTokens extends java.util.AbstractList<AnalyzedText.Token> {
        private final java.util.function.Supplier<List<AnalyzedText.Token>> compute;
        private volatile List<AnalyzedText.Token> tokens;

        LazyTokens(java.util.function.Supplier<List<AnalyzedText.Token>> compute) {
            this.compute = compute;
        }

        private List<AnalyzedText.Token> tokens() {
            List<AnalyzedText.Token> local = tokens;
            if (local == null) {
                synchronized (this) {
                    if (tokens == null) {
                        tokens = List.copyOf(compute.get());
                    }
                    local = tokens;
                }
            }
            return local;
        }

        @Override
        public AnalyzedText.Token get(int index) {
            return tokens().get(index);
        }

        @Override
        public int size() {
            return tokens().size();
        }
    }

    @FunctionalInterface
    interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = TextAnalyzer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load OpenNLP model " + resource, e);
        }
    }
}
