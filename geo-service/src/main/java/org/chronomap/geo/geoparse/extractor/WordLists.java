package org.chronomap.geo.geoparse.extractor;

import org.chronomap.geo.index.NameNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The small hand-written word lists of the spotter (resources under wordlists/, see each file's header). */
public final class WordLists {

    /** What a generic word next to a name says about the kind of place. */
    public enum Hint { NONE, ADMIN, ADMIN2, RIVER, SEA, LAKE, CITY, REGION }

    private final Set<String> stopwords;
    private final Set<String> titles;
    private final Map<String, String> demonyms;
    private final Map<String, Hint> designators;

    private WordLists(Set<String> stopwords, Set<String> titles, Map<String, String> demonyms, Map<String, Hint> designators) {
        this.stopwords = stopwords;
        this.titles = titles;
        this.demonyms = demonyms;
        this.designators = designators;
    }

    public static WordLists load() {
        Set<String> stop = new HashSet<>();
        lines("wordlists/stopwords.txt", l -> stop.add(NameNormalizer.key(l)));
        Set<String> titles = new HashSet<>();
        lines("wordlists/titles.txt", l -> titles.add(NameNormalizer.key(l)));
        Map<String, String> demonyms = new HashMap<>();
        lines("wordlists/demonyms.tsv", l -> {
            String[] f = l.split("\t");
            demonyms.put(NameNormalizer.key(f[0]), f[1]);
            demonyms.put(NameNormalizer.key(f[0]) + "s", f[1]); // plural: "Russians", "Ukrainians"
        });
        Map<String, Hint> designators = new HashMap<>();
        lines("wordlists/designators.tsv", l -> {
            String[] f = l.split("\t");
            designators.put(f[0], Hint.valueOf(f[1]));
        });
        return new WordLists(stop, titles, demonyms, designators);
    }

    public boolean isStopword(String key) {
        return stopwords.contains(key);
    }

    public boolean isTitle(String key) {
        return titles.contains(key);
    }

    /** ISO country code of a demonym key ("russian" → RU), or null. */
    public String demonymCountry(String key) {
        return demonyms.get(key);
    }

    public Hint designator(String key) {
        return designators.getOrDefault(key, Hint.NONE);
    }

    private static void lines(String resource, java.util.function.Consumer<String> action) {
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    action.accept(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
