package org.chronomap.geo.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer files bundled under a classpath folder (see geo-service/gazetteer/README.md)
 * and hands out every place once. Countries and admin-1 come first so that supplement rows with
 * their GeoNames id can add names to them.
 */
public final class BundledGazetteer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String folder;

    public BundledGazetteer(String folder) {
        this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    }

    /** Streams all places to {@code sink}; returns how many. */
    public int read(Consumer<Place> sink) {
        Map<Long, Place> regions = new LinkedHashMap<>();
        readNdjson("countries.ndjson.gz", place -> regions.put(place.id(), place));
        Map<String, Long> admin1Ids = new LinkedHashMap<>();
        readNdjson("admin1.ndjson.gz", place -> {
            regions.put(place.id(), place);
            admin1Ids.put(place.countryCode() + "." + place.admin1Code(), place.id());
        });
        List<Place> curated = new ArrayList<>();
        readSupplement(row -> {
            Place known = regions.get(row.id());
            if (known == null && row.isAdmin1() && row.geonameId() == null) {
                Long id = admin1Ids.get(row.countryCode() + "." + row.admin1Code());
                known = id == null ? null : regions.get(id);
                if (known == null) {
                    return; // an alias for a region this gazetteer does not have
                }
            }
            if (known != null) {
                List<String> merged = new ArrayList<>(known.names());
                merged.add(row.name());
                merged.addAll(row.names());
                regions.put(known.id(), known.withNames(merged));
            } else {
                curated.add(row);
            }
        });
        int[] count = {0};
        Consumer<Place> counting = p -> {
            count[0]++;
            sink.accept(p);
        };
        regions.values().forEach(counting);
        curated.forEach(counting);
        readAdmin2(counting);
        readCities(counting);
        return count[0];
    }

    private void readNdjson(String file, Consumer<Place> sink) {
        forEachLine(file, true, line -> {
            try {
                JsonNode f = JSON.readTree(line);
                JsonNode p = f.get("properties");
                String code = p.get("code").asText();
                String featureCode = p.get("featureCode").asText();
                boolean country = featureCode.startsWith("PCL");
                Long geonameId = p.hasNonNull("geonameId") ? p.get("geonameId").asLong() : null;
                // Regions without a GeoNames id get a stable id derived from their code.
                long id = geonameId != null ? geonameId : syntheticId(featureCode + ":" + code);
                List<String> names = new ArrayList<>();
                p.get("names").forEach(n -> names.add(n.asText()));
                JsonNode g = f.get("geometry");
                String geometry = g == null || g.isNull() ? null : g.toString();
                String admin1 = country ? "" : code.substring(3);
                boolean hasPoint = p.hasNonNull("lat");
                if (!hasPoint) {
                    return;
                }
                sink.accept(new Place(id, geonameId, p.get("name").asText(), p.get("lat").asDouble(),
                        p.get("lon").asDouble(), "A", featureCode, p.get("countryCode").asText(), admin1, "",
                        p.path("population").asLong(0), names, geometry));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void readSupplement(Consumer<Place> sink) {
        forEachLine("supplement.tsv", false, line -> {
            if (line.startsWith("#") || line.isBlank()) {
                return;
            }
            String[] f = line.split("\t", -1);
            Long geonameId = f[0].isEmpty() ? null : Long.parseLong(f[0]);
            long id = geonameId != null ? geonameId : syntheticId(f[7] + ":" + f[1] + ":" + f[8]);
            String wkt = f.length > 20 && !f[20].isEmpty() ? f[20] : null;
            sink.accept(new Place(id, geonameId, f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    f[6], f[7], f[8], f[10], f[11], parseLong(f[14]), splitNames(f[3]),
                    wkt == null ? null : GeometryText.wktToGeoJson(wkt)));
        });
    }

    private void readAdmin2(Consumer<Place> sink) {
        forEachLine("admin2.tsv.gz", true, line -> {
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                return;
            }
            String[] code = f[0].split("\\.", 3);
            if (code.length < 3) {
                return;
            }
            sink.accept(new Place(syntheticId("ADM2:" + f[0]), null, f[1], Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), "A", "ADM2", code[0], code[1], code[2], parseLong(f[4]),
                    List.of(), null));
        });
    }

    private void readCities(Consumer<Place> sink) {
        forEachLine("cities500.tsv.gz", true, line -> {
            String[] f = line.split("\t", -1);
            if (f.length < 15) {
                return;
            }
            long id = Long.parseLong(f[0]);
            List<String> names = splitNames(f[3]);
            if (!f[2].isEmpty() && !f[2].equals(f[1])) {
                names.add(f[2]);
            }
            sink.accept(new Place(id, id, f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    f[6], f[7], f[8], f[10], f[11], parseLong(f[14]), names, null));
        });
    }

    /**
     * Negative ids for entries without a GeoNames id: stable across rebuilds because derived
     * from the entry's kind and name, and never clashing with GeoNames' positive ids.
     */
    static long syntheticId(String key) {
        return -1L - (key.hashCode() & 0x7fffffffL);
    }

    private static List<String> splitNames(String field) {
        if (field == null || field.isEmpty()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.asList(field.split(",")));
    }

    private static long parseLong(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void forEachLine(String file, boolean gzip, Consumer<String> action) {
        String resource = folder + "/" + file;
        try (InputStream raw = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("Gazetteer resource missing from the classpath: " + resource);
            }
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isEmpty()) {
                        action.accept(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer resource " + resource, e);
        }
    }
}
