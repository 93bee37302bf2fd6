package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.normalize.CalendarUnit;
import org.chronomap.events.extract.time.normalize.TimexValues.Season;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regular-expression fragments and word lists of English calendar language, and their parsers. */
public final class Lexicon {

    private Lexicon() {
    }

    /** Horizontal white space only: an expression never spans a line break (headlines, datelines). */
    public static final String SP = "[ \\t\\u00A0]+";
    public static final String OSP = "[ \\t\\u00A0]*";

    /** A month's name or abbreviation, with no look-around, so that it may stand in a look-behind. */
    public static final String MONTH_NAME = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?";
    public static final String MONTH = "(?:" + MONTH_NAME + ")(?![\\p{L}])";
    /** A weekday's name, which may go on ("Mondays"); {@link #WEEKDAY} is the word itself. */
    public static final String DAY_NAME = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    public static final String WEEKDAY = DAY_NAME + "(?![\\p{L}])";
    public static final String WEEKDAY_ABBR = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?";
    /**
     * Capitalised words that may stand before a date at the start of a sentence or in a headline, lower-cased:
     * after any other capitalised word a month or a weekday is part of a name ("Theresa May", "the Ben Strother
     * Sunday School Class").
     */
    public static final Set<String> BEFORE_A_DATE = Set.of("in", "on", "since", "by", "until", "till", "from",
            "through", "last", "next", "this", "that", "early", "late", "mid", "of", "and", "or", "between", "during",
            "before", "after", "to", "each", "every", "the", "around", "about", "for", "throughout", "as",
            "but", "then", "also", "beginning", "starting", "ending", "over", "into", "within", "like", "unlike",
            "with", "at", "a", "an", "is", "was", "will", "said", "says");

    /** A weekday's name in any case, as a word: to find the weekday inside an expression's text. */
    public static final Pattern WEEKDAY_WORD = Pattern.compile("(?i)(?<![\\p{L}])" + WEEKDAY);
    private static final String ORDINAL_UNIT = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";
    /** A day of the month in digits: "8", "8th". */
    public static final String DAY_DIGITS = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\d])";
    /**
     * A day of the month in words, as transcripts write it: "eighth", "twenty-first". Not before a noun it
     * counts ("March second quarter", "May first round").
     */
    public static final String DAY_WORD = "(?:twenty[- ](?:" + ORDINAL_UNIT + ")|thirty[- ]first|" + ORDINAL_UNIT
            + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
            + "|twentieth|thirtieth)(?![\\p{L}-]|" + SP + "(?:quarter|half|round|place|time|term|stage|phase|year|day|week)s?(?![\\p{L}]))";
    public static final String DAY_NUMBER = "(?:" + DAY_DIGITS + "|" + DAY_WORD + ")";
    public static final String YEAR = "(?:1[5-9][0-9]{2}|20[0-9]{2})(?![\\p{L}\\d])";
    public static final String UNIT = "(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)s?";

    private static final String UNITS_WORD = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A count in one word ("three", "fifty", "million"): no spaces, so that it may stand in a look-behind. */
    public static final String SIMPLE_NUMBER_WORD = "(?:" + UNITS_WORD + "|" + TEENS + "|" + TENS
            + "|hundred|thousand|million|billion|dozen)";
    /** Plural nouns without -s that follow a count ("75,000 people"). */
    public static final List<String> IRREGULAR_PLURALS = List.of("people", "children", "men", "women", "police",
            "cattle", "sheep", "personnel", "staff", "head");
    /** A cardinal written out: up to "ninety-nine", and whole hundreds and thousands ("two thousand"). */
    public static final String NUMBER_WORD = "(?:(?:a|" + UNITS_WORD + ")[- ](?:hundred|thousand)|(?:" + TENS
            + ")(?:[- ](?:" + UNITS_WORD + "))?|" + TEENS + "|" + UNITS_WORD
            + "|a dozen|a couple of|a couple|a half|half an?)";
    /** A count in digits, with or without thousands separators ("2,000"), never begun inside another number. */
    public static final String DIGITS = "(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
    /**
     * A year as broadcast transcripts spell it: "nineteen ninety-six", "nineteen oh five", "two thousand and
     * one". A bare "two thousand" is mostly a number ("two thousand people"), so rules accept it only where a
     * year is expected ("the year two thousand", "January two thousand").
     */
    public static final String SPOKEN_YEAR = "(?:nineteen[- ](?:hundred|oh[- ](?:" + UNITS_WORD + ")|(?:" + TENS
            + ")(?:[- ](?:" + UNITS_WORD + "))?|" + TEENS + ")|two[- ]thousand(?:[- ](?:and[- ])?(?:(?:" + TENS
            + ")(?:[- ](?:" + UNITS_WORD + "))?|" + TEENS + "|" + UNITS_WORD + "))?)(?![\\p{L}-])";
    /** A year in digits or spelled out. */
    public static final String ANY_YEAR = "(?:" + YEAR + "|" + SPOKEN_YEAR + ")";

    /** An amount: digits, a fraction "2 1/2", words, "a"/"an", or a vague quantity. */
    public static final String AMOUNT = "(?:" + DIGITS + "(?:" + SP + "1/2|½)?|" + NUMBER_WORD + "(?:" + SP
            + "and" + SP + "a" + SP + "half)?|(?:a" + SP + ")?couple" + SP + "of|an?|several|a few|few|many|some)";

    private static final Pattern HUNDREDS = Pattern.compile("(\\p{L}+)[- ](hundred|thousand)");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1));

    /** "first" … "twentieth": the day is the index plus one. */
    private static final List<String> ORDINAL_DAYS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

    /** Month 1–12 of a month name or abbreviation as written; 0 when not a month. */
    public static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (w.length() < 3) {
            return 0;
        }
        return switch (w.substring(0, 3)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; case "dec" -> 12;
            default -> 0;
        };
    }

    /**
     * A capitalised time word after another word is part of a name: "This is VOA Today" (VOA19980331.1700.1533),
     * "the Trees for Tomorrow Project", "according to China Daily" (LGL, GeoVirus).
     */
    public static boolean isCapitalisedInName(String word, Match m) {
        return isCapitalised(word) && m.wordBefore() != null;
    }

    /** Month names are proper nouns: a lower-case "may" or "march" is a verb. */
    public static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    public static DayOfWeek weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (w.startsWith(d.name().toLowerCase(Locale.ROOT).substring(0, 3))) {
                return d;
            }
        }
        return null;
    }

    /** The year of {@link #ANY_YEAR}: "1996" or "nineteen ninety-six" → 1996, "two thousand and one" → 2001. */
    public static int year(String written) {
        String w = written.toLowerCase(Locale.ROOT).trim();
        if (w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        String[] words = w.split("[- \\t\\u00A0]+");
        int base = words[0].equals("two") ? 2000 : 1900;
        int rest = 0;
        for (int i = base == 2000 ? 2 : 1; i < words.length; i++) {
            Integer n = NUMBERS.get(words[i]);
            rest += n == null ? 0 : n;
        }
        return base + rest;
    }

    /** The day of {@link #DAY_NUMBER}: "8th" or "eighth" → 8, "twenty-first" → 21. */
    public static int day(String written) {
        String digits = written.replaceAll("[^0-9]", "");
        if (!digits.isEmpty()) {
            return Integer.parseInt(digits);
        }
        int total = 0;
        for (String word : written.toLowerCase(Locale.ROOT).split("[- ]")) {
            int index = ORDINAL_DAYS.indexOf(word);
            total += index >= 0 ? index + 1 : switch (word) {
                case "twenty" -> 20;
                case "thirty", "thirtieth" -> 30;
                default -> 0;
            };
        }
        return total;
    }

    /** The amount of {@link #AMOUNT}; null for vague quantities ("several", "a few"), which TIMEX3 writes as X. */
    public static Double amount(String written) {
        String w = written.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').trim().replaceAll("\\s+", " ");
        if (w.matches("several|a few|few|many|some")) {
            return null;
        }
        if (w.matches("(a )?couple( of)?")) {
            return 2.0;
        }
        if (w.equals("a dozen")) {
            return 12.0;
        }
        if (w.matches("a half|half an?")) {
            return 0.5;
        }
        Matcher multiple = HUNDREDS.matcher(w);
        if (multiple.matches()) {
            Integer n = NUMBERS.get(multiple.group(1));
            return n == null ? null : n * (multiple.group(2).equals("hundred") ? 100.0 : 1000.0);
        }
        if (w.matches("\\d{1,3}(,\\d{3})+")) {
            return Double.parseDouble(w.replace(",", ""));
        }
        double half = 0;
        if (w.endsWith(" and a half")) {
            half = 0.5;
            w = w.substring(0, w.length() - " and a half".length());
        }
        if (w.endsWith("1/2") || w.endsWith("½")) {
            half = 0.5;
            w = w.replace("1/2", "").replace("½", "").trim();
        }
        if (w.matches("\\d+(\\.\\d+)?")) {
            return Double.parseDouble(w) + half;
        }
        int total = 0;
        for (String part : w.split("[- ]")) {
            Integer n = NUMBERS.get(part);
            if (n == null) {
                return null;
            }
            total += n;
        }
        return total + half;
    }

    public static Season season(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "spring" -> Season.SPRING;
            case "summer" -> Season.SUMMER;
            case "fall", "autumn" -> Season.FALL;
            case "winter" -> Season.WINTER;
            default -> null;
        };
    }

    /** Quarter number of "first", "1st", "third", "q3"...; 0 when not one. */
    public static int quarter(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("first") || w.startsWith("1")) {
            return 1;
        }
        if (w.startsWith("second") || w.startsWith("2")) {
            return 2;
        }
        if (w.startsWith("third") || w.startsWith("3")) {
            return 3;
        }
        if (w.startsWith("fourth") || w.startsWith("4") || w.startsWith("final") || w.startsWith("last")) {
            return 4;
        }
        return 0;
    }

    /** The calendar unit a unit word of {@link #UNIT} counts in: a fortnight counts weeks ({@link #unitsPer}). */
    public static CalendarUnit unit(String word) {
        return unitsPer(word) == 2 ? CalendarUnit.WEEK : CalendarUnit.parse(word);
    }

    /** How many of its calendar unit one of the word's units is: 2 for "fortnight(s)", else 1. */
    public static int unitsPer(String word) {
        return word.toLowerCase(Locale.ROOT).startsWith("fortnight") ? 2 : 1;
    }

    /** Days from the DCT of "yesterday" (-1), "today" (0), "tomorrow" (1), in any case. */
    public static int deicticOffset(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
    }

    /** +1 for next/coming/following, −1 for last/past/previous, 0 for this/current. */
    public static int offset(String word) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT).trim();
        if (w.matches("next|coming|this coming|following|upcoming")) {
            return 1;
        }
        if (w.matches("last|past|previous|this past|preceding")) {
            return -1;
        }
        return 0;
    }
}
