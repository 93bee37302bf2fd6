package org.chronomap.events.extract.sentence;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The speed-ups of {@link TextAnalyzer} must not change a single token, tag or lemma: each is compared here
 * with OpenNLP's own classes on news sentences with the punctuation that makes tokenizing and tagging hard
 * (possessives, quotes, abbreviations, hyphens, figures, dates).
 */
class TopKBeamSearchTest {

    private static TokenizerME stockTokenizer;
    private static POSTaggerME stockTagger;
    private static POSTaggerME fastTagger;
    private static LemmatizerME stockLemmatizer;
    private static TextAnalyzer.Lemmatizer fastLemmatizer;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        TokenizerModel tokens = TextAnalyzer.load(TextAnalyzer.TOKEN_MODEL, TokenizerModel::new);
        stockTokenizer = new TokenizerME(tokens);
        POSModel pos = TextAnalyzer.load(TextAnalyzer.POS_MODEL, POSModel::new);
        stockTagger = new POSTaggerME(pos);
        fastTagger = new POSTaggerME(TextAnalyzer.withTopKBeamSearch(pos));
        LemmatizerModel lemmas = TextAnalyzer.load(TextAnalyzer.LEMMA_MODEL, LemmatizerModel::new);
        stockLemmatizer = new LemmatizerME(lemmas);
        fastLemmatizer = TextAnalyzer.Lemmatizer.of(lemmas);
        analyzer = new TextAnalyzer();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ukraine's forces said on Sunday that they had destroyed a third bridge over the Seym river.",
            "\"We will not give up,\" the mayor told reporters in Kharkiv late on Tuesday.",
            "The U.S. State Department announced $1.2bn in aid - its 62nd package since Feb. 24, 2022.",
            "Russia's Defence Ministry claimed the capture of Novohrodivka, a town of 15,000 people, on 3 September.",
            "At least 11 people were killed and 47 injured when a missile hit a supermarket in Kostiantynivka.",
            "WHO officials confirmed the country's first mpox case (clade Ib) on Thursday, Aug. 15.",
            "Evacuations from Pokrovsk began after the front line moved to within 10km of the city's outskirts.",
            "Zelensky's aide, Mykhailo Podolyak, wrote on X: 'Nobody will negotiate under threats.'",
    })
    void tokensTagsAndLemmasAreOpenNlpsOwn(String sentence) {
        Span[] stockSpans = stockTokenizer.tokenizePos(sentence);
        String[] words = Span.spansToStrings(stockSpans, sentence);
        String[] tags = stockTagger.tag(words);
        assertArrayEquals(tags, fastTagger.tag(words));
        assertArrayEquals(stockLemmatizer.lemmatize(words, tags), fastLemmatizer.lemmatize(words, tags));

        Sequence[] stockTop = stockTagger.topKSequences(words);
        Sequence[] fastTop = fastTagger.topKSequences(words);
        assertEquals(stockTop.length, fastTop.length);
        for (int k = 0; k < stockTop.length; k++) {
            assertEquals(stockTop[k].getOutcomes(), fastTop[k].getOutcomes());
            assertEquals(stockTop[k].getScore(), fastTop[k].getScore());
        }

        // The analyser's memoised tokenizer and the faster tagger, end to end, sentence by sentence.
        AnalyzedText analyzed = analyzer.analyze(sentence);
        assertFalse(analyzed.sentences().isEmpty());
        for (AnalyzedText.Sentence s : analyzed.sentences()) {
            Span[] expected = stockTokenizer.tokenizePos(s.text(sentence));
            String[] expectedTags = stockTagger.tag(Span.spansToStrings(expected, s.text(sentence)));
            assertEquals(expected.length, s.tokens().size());
            for (int i = 0; i < expected.length; i++) {
                AnalyzedText.Token token = s.tokens().get(i);
                assertEquals(s.start() + expected[i].getStart(), token.start());
                assertEquals(s.start() + expected[i].getEnd(), token.end());
                assertEquals(expectedTags[i], token.tag());
            }
        }
    }

    /** The beam's threshold must be the value OpenNLP reads from the sorted scores, ties and short arrays included. */
    @ParameterizedTest
    @CsvSource({
            "'0.5 0.3 0.2', 0.2",
            "'0.1 0.6 0.3', 0.1",
            "'0.4 0.4 0.1 0.1', 0.1",
            "'0.25 0.25 0.25 0.25', 0.25",
            "'0.7 0.2', 0.2",
            "'0.9', 0.9",
            "'0.05 0.6 0.01 0.3 0.04', 0.05",
    })
    void thresholdIsTheBeamSizeThLargestScore(String scores, double expected) {
        double[] values = java.util.Arrays.stream(scores.split(" ")).mapToDouble(Double::parseDouble).toArray();
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double library = sorted[Math.max(0, sorted.length - 3)];
        double threshold = new TopKBeamSearch(3, null).threshold(values, new double[3]);
        assertEquals(expected, library);
        assertEquals(library, threshold);
    }
}
