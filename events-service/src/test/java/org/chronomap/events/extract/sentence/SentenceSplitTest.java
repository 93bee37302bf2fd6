package org.chronomap.events.extract.sentence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sentences as the analyser cuts them, each case with the text that motivated it. */
class SentenceSplitTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the model cut inside a decimal number: "… the first 7.5" / "months of 2024 …"
            “Last year, 24 deaths of health workers and patients were documented, but in the first 7.5 months of 2024, a total of 34 people died as a result of attacks on health care services” in Ukraine. In total, 166 people have died. | 2
            # real ends stay ends, after a quotation and after an abbreviation the model knows
            The Kremlin said talks were “out of question.” Ukraine said nothing. | 2
            The U.S. Embassy in Kyiv said on Monday it was closed. It reopened on Tuesday. | 2
            # titles, initials and month abbreviations do not end sentences
            Gov. Bill Haslam said the bridge would reopen on Jan. 5 in St. Louis. Sen. John A. Smith met Lt. Gen. Ivanov on Monday. | 2
            # a line is a sentence of its own even without a full stop
            Ukraine says it controls 1,150 km² of Kursk region | 1
            """)
    void sentences(String text, int expected) {
        AnalyzedText analyzed = ANALYZER.analyze(text);
        assertEquals(expected, analyzed.sentences().size(),
                () -> Arrays.toString(analyzed.sentences().stream().map(s -> s.text(text)).toArray()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in the first 7.5 months of 2024, 34 people died. They were civilians. | in the first 7.5 months of 2024, 34 people died.
            """)
    void firstSentence(String text, String expected) {
        AnalyzedText analyzed = ANALYZER.analyze(text);
        assertEquals(expected, analyzed.sentences().get(0).text(text));
    }
}
