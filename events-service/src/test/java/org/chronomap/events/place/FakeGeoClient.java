package org.chronomap.events.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the geo-service in tests: a tiny gazetteer matched by name, and a switch that makes
 * it unreachable. Tests therefore need neither the geo-service nor the network.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FakeGeoClient extends GeoClient {

    public static final AtomicBoolean AVAILABLE = new AtomicBoolean(true);
    public static final AtomicInteger GEOPARSE_CALLS = new AtomicInteger();
    /** Answers every geoparse with a 4xx, as a geo-service would a text it declines. */
    public static final AtomicBoolean REJECTS = new AtomicBoolean(false);

    /** Surface → place; longest surfaces are matched first so "Seym River" wins over a shorter name. */
    static final Map<String, Toponym.Place> GAZETTEER = Map.ofEntries(
            Map.entry("Kursk", new Toponym.Place(538555L, "Kursk Oblast", "RU", "A", "ADM1", 51.65, 36.2)),
            Map.entry("Kyiv", new Toponym.Place(703448L, "Kyiv", "UA", "P", "PPLC", 50.45, 30.52)),
            Map.entry("kyiv", new Toponym.Place(703448L, "Kyiv", "UA", "P", "PPLC", 50.45, 30.52)),
            Map.entry("Moscow", new Toponym.Place(524901L, "Moscow", "RU", "P", "PPLC", 55.75, 37.62)),
            Map.entry("Proletarsk", new Toponym.Place(504831L, "Proletarsk", "RU", "P", "PPL", 46.7, 41.73)),
            Map.entry("Pokrovsk", new Toponym.Place(704422L, "Pokrovsk", "UA", "P", "PPL", 48.28, 37.18)),
            Map.entry("Zalizne", new Toponym.Place(713176L, "Zalizne", "UA", "P", "PPL", 48.37, 37.89)),
            Map.entry("Ukraine", new Toponym.Place(690791L, "Ukraine", "UA", "A", "PCLI", 49.0, 32.0)),
            Map.entry("Russia", new Toponym.Place(2017370L, "Russia", "RU", "A", "PCLI", 60.0, 100.0)),
            Map.entry("Seym River", new Toponym.Place(null, "Seym", "RU", "H", "STM", 51.5, 34.9)),
            Map.entry("Springfield", new Toponym.Place(4409896L, "Springfield", "US", "P", "PPLA2", 37.2, -93.3)));

    @Override
    public List<Toponym> geoparse(String text, LocalDate publishedAt) {
        GEOPARSE_CALLS.incrementAndGet();
        if (!AVAILABLE.get()) {
            throw new GeoUnavailable("fake geo-service is down", null);
        }
        if (REJECTS.get()) {
            throw new GeoRejected("geoparse answered 413", null);
        }
        List<Toponym> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        List<String> names = new ArrayList<>(GAZETTEER.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            int at = text.indexOf(name);
            while (at >= 0) {
                boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
                boolean wordEnd = at + name.length() >= text.length() || !Character.isLetter(text.charAt(at + name.length()));
                if (wordStart && wordEnd && !taken[at]) {
                    for (int i = at; i < at + name.length(); i++) {
                        taken[i] = true;
                    }
                    int start = text.codePointCount(0, at);
                    found.add(new Toponym(start, start + name.codePointCount(0, name.length()), name,
                            GAZETTEER.get(name), 0.9));
                }
                at = text.indexOf(name, at + 1);
            }
        }
        found.sort(Comparator.comparingInt(Toponym::start));
        return found;
    }

    @Override
    public boolean ready() {
        return AVAILABLE.get();
    }

    @Override
    public Optional<JsonNode> geometry(long geonameId) {
        if (!AVAILABLE.get()) {
            throw new GeoUnavailable("fake geo-service is down", null);
        }
        if (REJECTS.get()) {
            throw new GeoRejected("geoparse answered 413", null);
        }
        if (geonameId == 538555L) {
            try {
                return Optional.of(new ObjectMapper().readTree("{\"type\":\"Polygon\",\"coordinates\":"
                        + "[[[34.5,50.9],[38.5,50.9],[38.5,52.4],[34.5,52.4],[34.5,50.9]]]}"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }
}
