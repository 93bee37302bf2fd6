package org.chronomap.events.extract.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A missing DCT comes from a dateline, else from the latest full date in the text, else nowhere. */
class TimexPublicationDateInferenceTest {

    @ParameterizedTest(name = "[{index}] {1} ({2})")
    @CsvSource(delimiter = '|', quoteCharacter = '^', nullValues = "", textBlock = """
            # The RT page of seed 002: a dateline line under the headline.
            Kursk operation is the last hope of Ukraine – Ukrainian POW\\nRT\\nSun, 11 Aug 2024 00:08 UTC\\nOn Sunday, the ministry said. | 2024-08-11 | dateline
            # No dateline: the latest date written with its year.
            The offensive began on August 6, 2024, and Modi met Putin on July 8, 2024. | 2024-08-06 | latest full date
            # Dates without a year cannot anchor anything.
            Zelensky said on Monday that the offensive began on August 6. | |
            """)
    void infersFromTheText(String text, String expected, String basis) {
        String unescaped = text.replace("\\n", "\n");
        Optional<PublicationDateInference.Inferred> inferred =
                PublicationDateInference.infer(unescaped, TimexTestSupport.TAGGER.tag(unescaped, null));
        assertEquals(expected, inferred.map(i -> i.date().toString()).orElse(null));
        assertEquals(basis, inferred.map(PublicationDateInference.Inferred::basis).orElse(null));
    }
}
