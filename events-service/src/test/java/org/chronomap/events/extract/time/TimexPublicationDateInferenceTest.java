package org.chronomap.events.extract.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A missing DCT comes from a dateline, else from the latest full date in the text unless the text names a later
 * period or shows the date to be more than a week old, else nowhere.
 */
class TimexPublicationDateInferenceTest {

    @ParameterizedTest(name = "[{index}] {1} ({2})")
    @CsvSource(delimiter = '|', quoteCharacter = '^', nullValues = "", textBlock = """
            # The RT page of seed 002: a dateline line under the headline.
            Kursk operation is the last hope of Ukraine – Ukrainian POW\\nRT\\nSun, 11 Aug 2024 00:08 UTC\\nOn Sunday, the ministry said. | 2024-08-11 | dateline
            # No dateline: the latest date written with its year.
            The offensive began on August 6, 2024, and Modi met Putin on July 8, 2024. | 2024-08-06 | latest full date
            # A byline dateline run into the text: a full date before a place in capitals and a dash (LGL 43892962).
            BY KENT MALLETT Advocate Reporter March 30, 2009 NEWARK -- Sales may rebound before the credit expires July 1, 2010. | 2009-03-30 | dateline
            # A later year named in the text: the latest full date is an episode looked back on, not the writing day (an obituary, LGL).
            She was born on June 22, 1917, in North Annville Township. She retired from the hospital in 1982. | |
            # An end point may lie ahead of the writing day: not taken, and no sign of a later period either (LGL 39960042).
            Her last day in the Dublin post was Sept. 26, 2008. Karrer was named to a three-year term expiring March 31, 2012. | 2008-09-26 | latest full date
            # So is the end of a range from a month to a date (LGL 42984553, a 2009 story, was dated 1 May 2010).
            Board members questioned whether the developers could finish the entertainment complex as promised by May 1, 2010. Conturo said it is possible to complete the amphitheater project in the nine months projected, from August to May 1, 2010. | |
            # News names days within a week of writing by their weekday: a full date written without its own, in a text
            # that names other days by weekday, is an older episode (LGL 40127598) unless a weekday named is its own
            # (GeoVirus 53: the report of the same day).
            On June 1, 2007, Melton Lewis Paris, 51, was found shot to death inside his residence. On Wednesday, Taylor told the Herald-Press that the board voted to increase the reward. | |
            The United Nations World Health Organization reported on February 15, 2006 that polio had been eradicated in Egypt and Niger. Egypt's Minister of Health said Wednesday, "The best tools of our age finally defeated this enemy." | 2006-02-15 | latest full date
            # A weekday written with a day of the month counts too (LGL 42215118).
            Dublin City Council heard a first reading on legislation to change the name of the street during its regular meeting Monday, March 16. The city issued addresses for Wichita Street Dec. 16, 1986. | |
            # A byline before the date: an address or a writer's title (LGL 41440518).
            Haslett student telethon raises $16,000. Kathryn Prater kprater@lsj.com March 23, 2009 From LSJ.com Kids in the school's advanced film and TV class hosted the telethon Friday and Saturday. | 2009-03-23 | dateline
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
