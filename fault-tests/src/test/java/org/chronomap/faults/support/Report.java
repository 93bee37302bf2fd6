package org.chronomap.faults.support;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A short news report for the fault tests. Each is written so that the extraction finds at least one
 * event in it, which lets a test tell "stored with its events" from "half-stored".
 */
public record Report(String text, String publishedAt) {

    private static final List<String> PLACES = List.of("Kharkiv", "Odesa", "Dnipro", "Belgorod", "Rostov",
            "Zaporizhzhia", "Sumy", "Kherson", "Mykolaiv", "Poltava", "Bryansk", "Kursk", "Chernihiv", "Lviv");
    private static final LocalDate FIRST_DAY = LocalDate.of(2031, 1, 1);

    /**
     * The {@code i}-th of a series of distinct reports (different text; place, kind of event and day
     * vary). {@code tag} keeps series of different tests apart.
     */
    public static Report distinct(String tag, int i) {
        LocalDate day = FIRST_DAY.plusDays(i % 3000);
        String place = PLACES.get(i % PLACES.size());
        String date = month(day) + " " + day.getDayOfMonth();
        String text = switch (i % 4) {
            case 0 -> "Drones struck a fuel depot in " + place + " on " + date + ", the regional governor said. "
                    + "The fire burned for " + (2 + i % 9) + " hours.";
            case 1 -> "Authorities evacuated " + (100 + i) + " residents from " + place + " on " + date
                    + " as shelling intensified, officials said.";
            case 2 -> "Missiles hit an energy facility in " + place + " on " + date + ", killing " + (1 + i % 7)
                    + " people, officials said.";
            default -> "A fire broke out at a warehouse in " + place + " on " + date
                    + ", emergency services said. " + (5 + i % 20) + " firefighters fought the blaze.";
        };
        return new Report(text + " (" + tag + " report " + i + ")", day.plusDays(1).toString());
    }

    /** Two differently worded reports of the {@code k}-th happening of a series: they must merge into one event. */
    public static List<Report> sameHappening(String tag, int k) {
        LocalDate day = FIRST_DAY.plusYears(5).plusWeeks(k);
        String place = PLACES.get(k % PLACES.size());
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String published = day.plusDays(1).toString();
        return List.of(
                new Report("Drones struck an oil depot in " + place + " on " + weekday
                        + ", the regional governor said. (" + tag + " " + k + ")", published),
                new Report("On " + weekday + ", an oil depot in " + place + " was hit by drones, officials said. ("
                        + tag + " " + k + ")", published));
    }

    private static String month(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
