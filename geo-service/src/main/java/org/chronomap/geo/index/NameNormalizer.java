package org.chronomap.geo.index;

import com.ibm.icu.text.Transliterator;

/**
 * Turns a place name into its index key: script-, case-, accent- and punctuation-insensitive
 * ("Proletars'k" and "Пролетарск" both become "proletarsk"), then optionally folds English
 * transliteration variants ({@link #variantKey}).
 *
 * <p>ICU transliterators are not thread-safe, so each thread gets its own.
 */
public final class NameNormalizer {

    // Cyrillic by BGN/PCGN (Якутия → Yakutiya, as English news writes it; ICU's default Cyrillic
    // rule is the scholarly ISO 9, "Âkutiâ"), any other script by Any-Latin; Latin-ASCII strips
    // accents; Lower folds case.
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"));

    private NameNormalizer() {
    }

    /** The exact key: ASCII letters and digits, words separated by one space; "" for no letters. */
    public static String key(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String ascii = isPlainAscii(name) ? name.toLowerCase(java.util.Locale.ROOT) : TO_ASCII.get().transliterate(name);
        StringBuilder out = new StringBuilder(ascii.length());
        boolean pendingSpace = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '`' || c == '\u02bc' || c == '\u02b9' || c == '"') {
                // Apostrophes inside names mark soft signs (Proletars'k): drop them without a break.
                continue;
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /**
     * The variant key: {@link #key} with the usual differences between English renderings of the
     * same name folded away, so Seim/Seym, Kiev/Kyiv, Khmelnitsky/Khmel'nyts'kyy,
     * Artyomovo/Artiomovo/Artemovo meet. The rules are general transliteration correspondences
     * (BGN/PCGN vs. scholarly vs. popular, Russian vs. Ukrainian vowels), not a list of names.
     * Distinct places may share a variant key; ranking prefers exact keys.
     */
    public static String variantKey(String key) {
        if (key.isEmpty()) {
            return key;
        }
        String s = expandAbbreviations(key);
        // Consonant digraphs first, longest first, so "shch" is not read as "sh" + "ch".
        s = s.replace("shch", "sc").replace("sch", "s").replace("zh", "z").replace("kh", "h")
                .replace("ts", "c").replace("tz", "c").replace("ch", "c").replace("sh", "s")
                .replace("ph", "f").replace("ck", "k").replace('w', 'v').replace('q', 'k')
                .replace("x", "ks");
        // y and j are both used for the Cyrillic й/ы/і and the iotated vowels.
        s = s.replace('y', 'i').replace('j', 'i');
        // Ё is written yo, io or e (Artyomovsk, Artiomovsk, Artemovsk).
        s = s.replace("io", "e");
        // Iotated vowels and the Russian/Ukrainian e/i alternation: ie, ii, ia, iu keep their i.
        s = s.replace("ie", "i").replace("ia", "i").replace("iu", "i").replace("ou", "u");
        return collapseRepeats(s);
    }

    /** "st petersburg" and "saint petersburg", "mt vernon" and "mount vernon" are one name. */
    private static String expandAbbreviations(String key) {
        if (!key.contains(" ")) {
            return key;
        }
        String[] words = key.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            words[i] = switch (words[i]) {
                case "st" -> "saint";
                case "ste" -> "sainte";
                case "mt" -> "mount";
                case "ft" -> "fort";
                case "pt" -> "point";
                default -> words[i];
            };
        }
        return String.join(" ", words);
    }

    private static String collapseRepeats(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != last || c == ' ') {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
