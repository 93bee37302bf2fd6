package org.chronomap.benchmarks;

import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimexService;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The time tagger on the longest text the API takes (1 MB) when it is dense with dates: the cost of bad or
 * unusual input, which a test may not guard with a clock. Two made-up texts: event listings (clock ranges,
 * lists of days, rates, ranges of dates) and a list of days with no sentence end ("May 1, 2, 3, ... and 10 and").
 *
 * <p>Usage: {@code TimexLongText [RUNS=3]}; prints the expressions found and the milliseconds of each run.
 */
public final class TimexLongText {

    private static final int SIZE = 1_000_000;
    private static final String LISTINGS = "The event is planned for 4:30-7:30 p.m. Thursday, April 2, and screenings"
            + " March 17, 18 and 19; some 1500 birds died, $33 million a year, 2 to 3 weeks, from March 3 to March 5,"
            + " 2023, at 6 a.m. ten days before the shooting. ";
    private static final String DAYS = "May 1, 2, 3, 4, 5, 6, 7, 8, 9 and 10 and ";

    private TimexLongText() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        TimexService service = new TimexService(new TextAnalyzer());
        run(service, "listings", LISTINGS, runs);
        run(service, "list of days", DAYS, runs);
    }

    private static void run(TimexService service, String name, String unit, int runs) {
        String text = unit.repeat(SIZE / unit.length() + 1).substring(0, SIZE);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            int found = service.tag(text, LocalDate.of(2024, 8, 19)).expressions().size();
            System.out.printf(Locale.ROOT, "%s, 1 MB: %d expressions in %.0f ms%n", name, found,
                    (System.nanoTime() - t0) / 1e6);
        }
    }
}
