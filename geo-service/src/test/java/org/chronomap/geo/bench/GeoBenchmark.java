package org.chronomap.geo.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronomap.geo.gazetteer.Place;
import org.chronomap.geo.geocode.GeocodeQuery;
import org.chronomap.geo.geocode.Geocoder;
import org.chronomap.geo.geoparse.extractor.Mention;
import org.chronomap.geo.geoparse.extractor.TextAnalyzer;
import org.chronomap.geo.geoparse.extractor.Token;
import org.chronomap.geo.geoparse.extractor.ToponymSpotter;
import org.chronomap.geo.geoparse.extractor.WordLists;
import org.chronomap.geo.geoparse.resolver.ResolvedToponym;
import org.chronomap.geo.geoparse.resolver.ToponymResolver;
import org.chronomap.geo.index.GazetteerIndex;
import org.chronomap.geo.index.NameHit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Accuracy and speed figures of the geo-service pipeline, printed to stdout.
 *
 * <pre>
 * ./mvnw -o -q -pl geo-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.chronomap.geo.bench.GeoBenchmark -Dexec.args="../shared target/bench-data"
 * </pre>
 * Arguments: the shared folder (gold/, seeds/, dev-data/geo/), a data dir for the index built
 * from the bundled gazetteer (reused between runs), and what to run: all (default), accuracy,
 * speed, or one corpus (seeds, lgl, geovirus). System outputs are written as JSONL beside
 * the index for a cross-check with shared/tools/score_geo.py.
 */
public final class GeoBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARM_UP_PARSES = 200;
    private static final int TIMED_PARSES = 200;

    private final GazetteerIndex index;
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final ToponymSpotter spotter;
    private final ToponymResolver resolver;
    private final Path out;

    private GeoBenchmark(GazetteerIndex index, Path out) {
        this.index = index;
        this.spotter = new ToponymSpotter(index, WordLists.load());
        this.resolver = new ToponymResolver(index);
        this.out = out;
    }

    record Doc(String id, String text, List<GeoScore.Span> gold) {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path dataDir = Path.of(args.length > 1 ? args[1] : "target/bench-data");
        String only = args.length > 2 ? args[2] : "all";
        long t0 = System.nanoTime();
        boolean cached = GazetteerIndex.isBuilt(dataDir);
        GazetteerIndex index = GazetteerIndex.openOrBuild(dataDir, "gazetteer");
        System.out.printf(Locale.ROOT, "index: %d places, %s in %.1f s%n", index.size(),
                cached ? "opened" : "built", (System.nanoTime() - t0) / 1e9);
        GeoBenchmark bench = new GeoBenchmark(index, dataDir);
        if (only.equals("debug")) {
            GeoBenchmark b = new GeoBenchmark(index, dataDir);
            String text = Files.readString(Path.of(args[3]), StandardCharsets.UTF_8);
            for (ResolvedToponym r : b.parse(text)) {
                System.out.printf(Locale.ROOT, "%d-%d %-25s -> %s [%s %s %s] %.3f %s%n", r.mention().start(), r.mention().end(),
                        r.mention().surface(), r.place().name(), r.place().countryCode(), r.place().featureCode(),
                        r.place().admin1Code(), r.score(), r.mention().hint());
            }
            return;
        }
        List<Doc> seeds = seeds(shared);
        boolean accuracy = only.equals("all") || only.equals("accuracy");
        if (accuracy || only.equals("seeds")) {
            bench.accuracy("seeds", seeds);
        }
        if (accuracy || only.equals("lgl")) {
            bench.accuracy("LGL", jsonl(shared.resolve("dev-data/geo/LGL/lgl.jsonl")));
        }
        if (accuracy || only.equals("geovirus")) {
            bench.accuracy("GeoVirus", jsonl(shared.resolve("dev-data/geo/GeoVirus/geovirus.jsonl")));
        }
        if (only.equals("all") || only.equals("speed")) {
            bench.speed(seeds);
        }
    }

    private void accuracy(String name, List<Doc> docs) throws IOException {
        GeoScore full = new GeoScore();
        GeoScore goldSpans = new GeoScore();
        GeoScore baselineFull = new GeoScore();
        GeoScore baselineGold = new GeoScore();
        Path system = out.resolve("system-" + name.toLowerCase(Locale.ROOT) + ".jsonl");
        Path goldFile = out.resolve("gold-" + name.toLowerCase(Locale.ROOT) + ".jsonl");
        try (BufferedWriter sys = Files.newBufferedWriter(system, StandardCharsets.UTF_8);
             BufferedWriter gold = Files.newBufferedWriter(goldFile, StandardCharsets.UTF_8)) {
            for (Doc d : docs) {
                List<Token> tokens = analyzer.analyze(d.text());
                ToponymSpotter.Result spotted = spotter.spot(d.text(), tokens);
                List<ResolvedToponym> resolved = resolver.resolve(spotted.mentions(), spotted.demonymCountries());
                List<GeoScore.Span> spans = toSpans(d.text(), resolved);
                full.add(d.gold(), spans);
                baselineFull.add(d.gold(), populationBaseline(d.text(), spotted.mentions()));
                List<Mention> goldMentions = d.gold().stream().map(g -> goldMention(d.text(), g)).toList();
                goldSpans.add(d.gold(), toSpans(d.text(), resolver.resolve(goldMentions, spotted.demonymCountries())));
                baselineGold.add(d.gold(), populationBaseline(d.text(), goldMentions));
                sys.write(line(d.id(), spans));
                sys.newLine();
                gold.write(line(d.id(), d.gold()));
                gold.newLine();
            }
        }
        System.out.printf("%-9s full pipeline      : %s%n", name, full.summary());
        System.out.printf("%-9s population baseline: %s%n", name, baselineFull.summary());
        System.out.printf("%-9s gold spans         : %s%n", name, goldSpans.summary());
        System.out.printf("%-9s gold spans baseline: %s%n", name, baselineGold.summary());
        System.out.printf("%-9s (system output %s, gold %s)%n", name, system, goldFile);
    }

    private void speed(List<Doc> seeds) {
        Geocoder geocoder = new Geocoder(index);
        List<String> names = new ArrayList<>();
        for (Doc d : seeds) {
            for (GeoScore.Span s : d.gold()) {
                names.add(new String(d.text().codePoints().skip(s.start()).limit(s.end() - s.start()).toArray(), 0, s.end() - s.start()));
            }
        }
        names.addAll(List.of("Paris", "Springfield", "London", "Alexandria", "Artiomovo", "Zaporozhye", "Kiev", "Seim", "New York", "Berlin"));
        for (int warm = 0; warm < 3; warm++) {
            for (String n : names) {
                geocoder.geocode(new GeocodeQuery(n, null, null, null, 10));
            }
        }
        // Wall time and this thread's CPU time: on a shared machine (load above the core count)
        // the CPU figure is what one free core would do.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long lookups = 0;
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        while (System.nanoTime() - start < 5_000_000_000L) {
            for (String n : names) {
                geocoder.geocode(new GeocodeQuery(n, null, null, null, 10));
                lookups++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "speed     geocode in-process, 1 thread: %.0f lookups/s wall, %.0f lookups per CPU-second (%d names cycled for %.1f s)%n",
                lookups / seconds, lookups / cpuSeconds, names.size(), seconds);

        StringBuilder sb = new StringBuilder();
        String base = seeds.get(0).text();
        while (sb.length() < 5000) {
            sb.append(base, 0, Math.min(base.length(), 5000 - sb.length()));
        }
        String article = sb.toString();
        // Enough warm-up for the JIT to compile the OpenNLP and Lucene paths (20 runs were not).
        for (int i = 0; i < WARM_UP_PARSES; i++) {
            parse(article);
        }
        List<Double> ms = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        double[] stageCpuMs = new double[3];
        for (int i = 0; i < TIMED_PARSES; i++) {
            long t = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            List<Token> tokens = analyzer.analyze(article);
            long c1 = cpu.getCurrentThreadCpuTime();
            ToponymSpotter.Result spotted = spotter.spot(article, tokens);
            long c2 = cpu.getCurrentThreadCpuTime();
            resolver.resolve(spotted.mentions(), spotted.demonymCountries());
            long c3 = cpu.getCurrentThreadCpuTime();
            ms.add((System.nanoTime() - t) / 1e6);
            cpuMs.add((c3 - c0) / 1e6);
            stageCpuMs[0] += (c1 - c0) / 1e6 / TIMED_PARSES;
            stageCpuMs[1] += (c2 - c1) / 1e6 / TIMED_PARSES;
            stageCpuMs[2] += (c3 - c2) / 1e6 / TIMED_PARSES;
        }
        ms.sort(Comparator.naturalOrder());
        cpuMs.sort(Comparator.naturalOrder());
        System.out.printf(Locale.ROOT, "speed     geoparse 5 KB article (%d chars): median %.1f ms wall (p90 %.1f), median %.1f ms CPU, over %d runs after %d warm-up runs%n",
                article.length(), ms.get(TIMED_PARSES / 2), ms.get(TIMED_PARSES * 9 / 10), cpuMs.get(TIMED_PARSES / 2),
                TIMED_PARSES, WARM_UP_PARSES);
        System.out.printf(Locale.ROOT, "speed     geoparse CPU per stage (mean): sentences+tokens+POS %.1f ms, spotting %.1f ms, resolution %.1f ms%n",
                stageCpuMs[0], stageCpuMs[1], stageCpuMs[2]);
        System.out.printf(Locale.ROOT, "speed     machine: %d cores, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private List<ResolvedToponym> parse(String text) {
        ToponymSpotter.Result spotted = spotter.spot(text, analyzer.analyze(text));
        return resolver.resolve(spotted.mentions(), spotted.demonymCountries());
    }

    /** The most populous place under each mention's name, ignoring all context. */
    private List<GeoScore.Span> populationBaseline(String text, List<Mention> mentions) {
        List<GeoScore.Span> spans = new ArrayList<>();
        for (Mention m : mentions) {
            List<NameHit> hits = index.lookup(m.lookupName(), false, 300);
            hits.stream().map(NameHit::place).max(Comparator.comparingLong(Place::population))
                    .ifPresent(p -> spans.add(new GeoScore.Span(text.codePointCount(0, m.start()),
                            text.codePointCount(0, m.end()), p.lat(), p.lon())));
        }
        return spans;
    }

    private static Mention goldMention(String text, GeoScore.Span g) {
        int start = text.offsetByCodePoints(0, g.start());
        int end = text.offsetByCodePoints(0, g.end());
        String surface = text.substring(start, end);
        return new Mention(start, end, surface, surface, WordLists.Hint.NONE, null, -1);
    }

    private static List<GeoScore.Span> toSpans(String text, List<ResolvedToponym> resolved) {
        return resolved.stream().map(r -> new GeoScore.Span(text.codePointCount(0, r.mention().start()),
                text.codePointCount(0, r.mention().end()), r.place().lat(), r.place().lon())).toList();
    }

    private static String line(String id, List<GeoScore.Span> spans) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        ArrayNode a = o.putArray("toponyms");
        for (GeoScore.Span s : spans) {
            a.addObject().put("start", s.start()).put("end", s.end()).put("lat", s.lat()).put("lon", s.lon());
        }
        return JSON.writeValueAsString(o);
    }

    private static List<Doc> seeds(Path shared) throws IOException {
        JsonNode root = JSON.readTree(shared.resolve("gold/seed-toponyms.json").toFile());
        List<Doc> docs = new ArrayList<>();
        for (JsonNode a : root.get("articles")) {
            String file = a.get("file").asText();
            String text = Files.readString(shared.resolve("seeds").resolve(file), StandardCharsets.UTF_8);
            List<GeoScore.Span> gold = new ArrayList<>();
            for (JsonNode t : a.get("toponyms")) {
                if (t.hasNonNull("lat")) {
                    gold.add(new GeoScore.Span(t.get("offset").asInt(), t.get("end").asInt(), t.get("lat").asDouble(), t.get("lon").asDouble()));
                }
            }
            docs.add(new Doc(file, text, gold));
        }
        return docs;
    }

    private static List<Doc> jsonl(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (l.isBlank()) {
                continue;
            }
            JsonNode d = JSON.readTree(l);
            List<GeoScore.Span> gold = new ArrayList<>();
            for (JsonNode t : d.get("toponyms")) {
                // As score_geo.py: only toponyms with coordinates and not excluded from geocoding.
                if (t.hasNonNull("lat") && t.path("in_geocoding_eval").asBoolean(true)) {
                    gold.add(new GeoScore.Span(t.get("start").asInt(), t.get("end").asInt(), t.get("lat").asDouble(), t.get("lon").asDouble()));
                }
            }
            docs.add(new Doc(d.get("id").asText(), d.get("text").asText(), gold));
        }
        return docs;
    }

}
