package org.chronomap.common.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the sentence model's cuts are kept or undone, each with the text it cut. */
class SentenceEndsTest {

    @ParameterizedTest(name = "{0} → false end: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # cut inside a token
            but in the first 7.5                                               | true
            # titles and initials
            Gov.                                                               | true
            The statement was signed by Lt. Gen.                               | true
            Kijuan D.                                                          | true
            They moved to St.                                                  | true
            # "vs." before the second party (NYT19981025.0188)
            the 25th anniversary of the Roe vs.                                | true
            # month abbreviations (AP style)
            The talks resumed on Jan.                                          | true
            It happened on Sept.                                               | true
            # real ends
            Ukraine said nothing.                                              | false
            The Kremlin said talks were “out of question.”                     | false
            He asked: who did it?                                              | false
            The drone was shot down (officials said.)                          | false
            He works for the U.S.                                              | false
            # a word that only ends like an abbreviation
            They left the West Bank.                                           | false
            Residents voted in 1998 under Gen.                                 | true
            """)
    void falseEnd(String sentence, boolean expected) {
        assertEquals(expected, SentenceEnds.isFalseEnd(sentence));
    }
}
