package org.chronomap.events.merge;

import org.chronomap.events.extract.ExtractedEvent;
import org.chronomap.events.extract.dating.EventDate;
import org.chronomap.events.extract.event.Category;
import org.chronomap.events.place.PlaceDraft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One event per happening per article: which mentions of one article collapse, with the article that motivated it. */
class ArticleCollapserTest {

    /** "sentence; category; start..end; approximate; geonameId:lat:lon or -; lemmas" */
    private static ExtractedEvent event(String spec) {
        String[] f = spec.split(";");
        String[] dates = f[2].trim().split("\\.\\.");
        LocalDate start = LocalDate.parse(dates[0]);
        LocalDate end = LocalDate.parse(dates[1]);
        List<PlaceDraft> places = new ArrayList<>();
        if (!f[4].trim().equals("-")) {
            String[] p = f[4].trim().split(":");
            places.add(new PlaceDraft("place", Long.parseLong(p[0]), "RU", "A", "ADM1", Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), PlaceDraft.LOCATION, PlaceDraft.RESOLVED, 0, 1));
        }
        int sentence = Integer.parseInt(f[0].trim());
        return new ExtractedEvent("t" + sentence, Category.valueOf(f[1].trim()),
                new EventDate(start, end, start.equals(end) ? "day" : "range", Boolean.parseBoolean(f[3].trim()),
                        "x", EventDate.TEXT),
                places, null, sentence, 0, sentence * 10, sentence * 10 + 9, "s", null, List.of(),
                new TreeSet<>(Set.of(f[5].trim().split(" "))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 000: "leading an offensive for 12 days" and "the operation, which began on August 6" share only
            # "Kursk" and "offensive"; the Kremlin's "launched an offensive nearly two weeks ago" between them
            # matches both, so all three are one offensive
            one offensive, linked by a third mention | 2;BATTLE;2024-08-06..2024-08-06;true;538555:51.65:36.2;far force kursk lead offensive push slow troops | 10;BATTLE;2024-08-05..2024-08-08;true;538555:51.65:36.2;begin border kursk kyiv negotiation offensive russia two ukraine unprecedented | 19;BATTLE;2024-08-06..2024-08-06;false;538555:51.65:36.2;allow begin kilometer kursk objective offensive soil square take ukraine | 1 | t19
            # two strikes of one day far apart stay two events even when a vague mention resembles both
            two strikes stay apart | 1;ATTACK;2024-08-18..2024-08-18;false;504831:46.7:41.73;drone attack fuel depot fire storage | 2;ATTACK;2024-08-18..2024-08-18;false;538555:51.65:36.2;drone attack bridge destroy river | 3;ATTACK;2024-08-18..2024-08-18;false;-;drone attack | 2 | t1
            """)
    void collapse(String name, String a, String b, String c, int groups, String primaryTitle) {
        List<List<ExtractedEvent>> collapsed = ArticleCollapser.collapse(List.of(event(a), event(b), event(c)));
        assertEquals(groups, collapsed.size(), () -> name + ": " + collapsed);
        assertEquals(primaryTitle, ArticleCollapser.primary(collapsed.get(0)).title(), name);
    }
}
