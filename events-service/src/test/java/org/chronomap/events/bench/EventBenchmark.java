package org.chronomap.events.bench;

import org.chronomap.common.geo.GreatCircle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronomap.events.extract.ArticlePipeline;
import org.chronomap.events.extract.ExtractedEvent;
import org.chronomap.events.extract.event.Category;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeTagger;
import org.chronomap.events.merge.ArticleCollapser;
import org.chronomap.events.merge.EventMatcher;
import org.chronomap.events.merge.MergeKey;
import org.chronomap.events.place.PlaceDraft;
import org.chronomap.events.place.Toponym;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Measures event extraction against the seed gold (../shared/gold/seed-events.json) and runs it over
 * the LGL and GeoVirus articles for robustness and speed. Prints figures; asserts nothing.
 *
 * <pre>./mvnw -o -q -Pbench-events -pl events-service test-compile exec:java [-Dexec.args=/path/to/shared]</pre>
 *
 * Places come from the geo-service at {@code CHRONOMAP_GEO_URL} (default http://localhost:8082) when it
 * answers, else from the gold toponyms (seed-toponyms.json), which measures location assignment
 * given correct toponyms; the printout says which. {@code -Dbench.all=true} lists every matched gold event
 * (= right, ~ wrong in date, category or place), not only the wrong ones;
 * {@code -Dbench.corpora=false} skips the LGL and GeoVirus runs.
 */
public final class EventBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** CPU time is the figure that survives a machine shared with other jobs; wall-clock rates do not. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        Path shared = sharedDir(args);
        if (shared == null) {
            System.out.println("No shared directory (../shared); nothing to measure.");
            return;
        }
        TextAnalyzer analyzer = new TextAnalyzer();
        TimeTagger tagger = new TimeTagger(analyzer);
        String geoUrl = Optional.ofNullable(System.getenv("CHRONOMAP_GEO_URL")).orElse("http://localhost:8082");
        boolean liveGeo = geoAnswers(geoUrl);
        System.out.println("## Events benchmark");
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name"));
        System.out.println("places: " + (liveGeo ? "geo-service at " + geoUrl : "gold toponyms (geo-service not answering)"));
        seeds(shared, analyzer, tagger, liveGeo, geoUrl);
        // -Dbench.corpora=false: the seed gold alone, for iterating on a rule
        if (Boolean.parseBoolean(System.getProperty("bench.corpora", "true"))) {
            corpora(shared, analyzer, tagger);
        }
    }

    // ---------------------------------------------------------------- seed gold

    record SystemEvent(int cluster, ExtractedEvent primary, List<ExtractedEvent> members) {
    }

    private static void seeds(Path shared, TextAnalyzer analyzer, TimeTagger tagger, boolean liveGeo, String geoUrl)
            throws IOException {
        JsonNode gold = JSON.readTree(shared.resolve("gold/seed-events.json").toFile());
        JsonNode goldToponyms = JSON.readTree(shared.resolve("gold/seed-toponyms.json").toFile());
        Map<String, List<Toponym>> toponymsByFile = new HashMap<>();
        for (JsonNode article : goldToponyms.get("articles")) {
            List<Toponym> list = new ArrayList<>();
            for (JsonNode t : article.get("toponyms")) {
                String kind = t.path("kind").asText();
                String featureClass = switch (kind) {
                    case "country", "region" -> "A";
                    case "river", "sea" -> "H";
                    case "facility" -> "S";
                    default -> "P";
                };
                Long id = t.path("geonames_id").isNumber() ? t.get("geonames_id").asLong() : null;
                list.add(new Toponym(t.get("offset").asInt(), t.get("end").asInt(), t.get("surface").asText(),
                        new Toponym.Place(id, t.path("canonical").asText(), t.path("country").asText(), featureClass,
                                featureCode(kind), t.path("lat").asDouble(), t.path("lon").asDouble()), 1.0));
            }
            toponymsByFile.put(article.get("file").asText(), list);
        }

        // Cross-article merging as the service does it: article by article against what is stored.
        List<MergeKey> clusterKeys = new ArrayList<>();
        Map<String, List<SystemEvent>> byFile = new TreeMap<>();
        Map<String, String> texts = new HashMap<>();
        for (JsonNode article : gold.get("articles")) {
            String file = article.get("file").asText();
            String text = Files.readString(shared.resolve("seeds").resolve(file), StandardCharsets.UTF_8);
            texts.put(file, text);
            LocalDate published = LocalDate.parse(article.get("publication_date").asText());
            ArticlePipeline.Geoparser geoparser = liveGeo ? (t, d) -> liveGeoparse(geoUrl, t, d)
                    : (t, d) -> toponymsByFile.getOrDefault(file, List.of());
            ArticlePipeline pipeline = new ArticlePipeline(analyzer, tagger, geoparser, id -> Optional.empty());
            List<ExtractedEvent> events = pipeline.run(text, published).events();
            List<SystemEvent> system = new ArrayList<>();
            Set<Integer> own = new HashSet<>();
            for (List<ExtractedEvent> group : ArticleCollapser.collapse(events)) {
                ExtractedEvent primary = ArticleCollapser.primary(group);
                MergeKey key = MergeKey.of(primary);
                int best = -1;
                double bestScore = 0;
                for (int c = 0; c < clusterKeys.size(); c++) {
                    if (own.contains(c)) {
                        continue;
                    }
                    double score = EventMatcher.similarity(clusterKeys.get(c), key);
                    if (score > bestScore) {
                        bestScore = score;
                        best = c;
                    }
                }
                if (best < 0) {
                    clusterKeys.add(key);
                    best = clusterKeys.size() - 1;
                } else {
                    MergeKey old = clusterKeys.get(best);
                    Set<String> union = new TreeSet<>(old.signature());
                    union.addAll(key.signature());
                    clusterKeys.set(best, new MergeKey(old.category(), old.start(), old.end(), old.geonameId(),
                            old.lat(), old.lon(), old.countryCode(), old.featureCode(), union, old.ownDate(), old.speaker()));
                }
                own.add(best);
                system.add(new SystemEvent(best, primary, group));
                if (Boolean.getBoolean("bench.verbose")) {
                    // -Dbench.verbose=true: every system event with the cross-article cluster it joined
                    System.out.printf(Locale.ROOT, "  = %s #%d %s %s..%s %s | %s | %s%n", file.substring(0, 3), best,
                            primary.category().code(), primary.date().start(), primary.date().end(),
                            primary.location() == null ? "-" : primary.location().name(), primary.title(),
                            primary.signature());
                }
            }
            byFile.put(file, system);
        }

        int matched = 0;
        int falsePositives = 0;
        int neutral = 0;
        int goldTotal = 0;
        int dateExact = 0;
        int categoryRight = 0;
        int locationRight = 0;
        Map<String, Integer> goldToCluster = new HashMap<>();
        Map<String, MergeKey> goldToKey = new HashMap<>();
        Map<String, String> goldClusterKey = new HashMap<>();
        List<String> misses = new ArrayList<>();
        for (JsonNode article : gold.get("articles")) {
            String file = article.get("file").asText();
            String text = texts.get(file);
            List<SystemEvent> system = byFile.get(file);
            List<JsonNode> goldEvents = new ArrayList<>();
            article.get("events").forEach(goldEvents::add);
            goldTotal += goldEvents.size();
            record Pair(int sys, int gold, boolean dateOverlap, boolean sameCategory) {
            }
            List<Pair> pairs = new ArrayList<>();
            for (int s = 0; s < system.size(); s++) {
                for (int g = 0; g < goldEvents.size(); g++) {
                    JsonNode ge = goldEvents.get(g);
                    int gs = ge.get("evidence_offset").asInt();
                    int gend = gs + ge.get("evidence").asText().codePointCount(0, ge.get("evidence").asText().length());
                    if (overlaps(system.get(s), gs, gend)) {
                        ExtractedEvent p = system.get(s).primary();
                        boolean dates = !p.date().start().isAfter(LocalDate.parse(ge.get("end").asText()))
                                && !LocalDate.parse(ge.get("start").asText()).isAfter(p.date().end());
                        pairs.add(new Pair(s, g, dates, p.category() == goldCategory(ge.get("type").asText())));
                    }
                }
            }
            pairs.sort(Comparator.comparing((Pair p) -> !p.dateOverlap()).thenComparing(p -> !p.sameCategory()));
            Set<Integer> usedSys = new HashSet<>();
            Set<Integer> usedGold = new HashSet<>();
            for (Pair pair : pairs) {
                if (usedSys.contains(pair.sys()) || usedGold.contains(pair.gold())) {
                    continue;
                }
                usedSys.add(pair.sys());
                usedGold.add(pair.gold());
                matched++;
                JsonNode ge = goldEvents.get(pair.gold());
                ExtractedEvent p = system.get(pair.sys()).primary();
                boolean exact = p.date().start().toString().equals(ge.get("start").asText())
                        && p.date().end().toString().equals(ge.get("end").asText());
                if (exact) {
                    dateExact++;
                }
                if (pair.sameCategory()) {
                    categoryRight++;
                }
                PlaceDraft loc = p.location();
                JsonNode gl = ge.get("location");
                boolean near = loc != null && loc.hasPoint() && gl != null && gl.hasNonNull("lat")
                        && GreatCircle.km(loc.lat(), loc.lon(), gl.get("lat").asDouble(), gl.get("lon").asDouble()) <= 161;
                if (near) {
                    locationRight++;
                }
                goldToCluster.put(ge.get("id").asText(), system.get(pair.sys()).cluster());
                goldToKey.put(ge.get("id").asText(), MergeKey.of(p));
                if (!exact || !pair.sameCategory() || !near || Boolean.getBoolean("bench.all")) {
                    misses.add(String.format("  %s %s %s/%s date %s..%s vs %s..%s loc %s vs %s | %s",
                            !exact || !pair.sameCategory() || !near ? "~" : "=", ge.get("id").asText(),
                            p.category().code(), ge.get("type").asText(), p.date().start(), p.date().end(),
                            ge.get("start").asText(), ge.get("end").asText(), loc == null ? null : loc.name(),
                            gl == null ? null : gl.path("canonical").asText(), p.title()));
                }
            }
            for (JsonNode ge : goldEvents) {
                goldClusterKey.put(ge.get("id").asText(), ge.get("cluster").asText());
            }
            for (int g = 0; g < goldEvents.size(); g++) {
                if (!usedGold.contains(g)) {
                    misses.add("  - missed " + goldEvents.get(g).get("id").asText() + " "
                            + goldEvents.get(g).get("type").asText() + " '" + goldEvents.get(g).get("as_written").asText()
                            + "' | " + goldEvents.get(g).get("title").asText());
                }
            }
            for (int s = 0; s < system.size(); s++) {
                if (usedSys.contains(s)) {
                    continue;
                }
                boolean isNeutral = false;
                for (JsonNode u : article.path("undated_or_vague_mentions")) {
                    String ut = u.get("text").asText();
                    int at = text.indexOf(ut);
                    if (at >= 0) {
                        int cs = text.codePointCount(0, at);
                        if (overlaps(system.get(s), cs, cs + ut.codePointCount(0, ut.length()))) {
                            isNeutral = true;
                        }
                    }
                }
                ExtractedEvent p = system.get(s).primary();
                if (isNeutral) {
                    neutral++;
                } else {
                    falsePositives++;
                    misses.add("  + spurious " + file.substring(0, 3) + " " + p.category().code() + " "
                            + p.date().start() + " [" + p.date().basis() + "] " + p.title());
                }
            }
        }
        // Cross-article merging: pairs of gold events of one cluster in different articles.
        int pairsAll = 0;
        int pairsMatched = 0;
        int pairsMerged = 0;
        int wrongMerges = 0;
        List<String> ids = new ArrayList<>(goldClusterKey.keySet());
        ids.sort(null);
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                if (!goldClusterKey.get(a).equals(goldClusterKey.get(b)) && goldToCluster.containsKey(a)
                        && goldToCluster.containsKey(b) && goldToCluster.get(a).equals(goldToCluster.get(b))) {
                    wrongMerges++;
                    misses.add("  ! wrongly merged " + a + " / " + b + " (" + goldClusterKey.get(a) + " / "
                            + goldClusterKey.get(b) + ")");
                }
                if (!a.substring(0, 3).equals(b.substring(0, 3)) && goldClusterKey.get(a).equals(goldClusterKey.get(b))) {
                    pairsAll++;
                    if (goldToCluster.containsKey(a) && goldToCluster.containsKey(b)) {
                        pairsMatched++;
                        if (goldToCluster.get(a).equals(goldToCluster.get(b))) {
                            pairsMerged++;
                        } else {
                            MergeKey ka = goldToKey.get(a);
                            MergeKey kb = goldToKey.get(b);
                            misses.add("  x not merged " + a + " / " + b + " (" + goldClusterKey.get(a) + ") "
                                    + ka.category() + "/" + kb.category() + " " + ka.start() + ".." + ka.end() + "/"
                                    + kb.start() + ".." + kb.end() + " place " + ka.geonameId() + "/" + kb.geonameId()
                                    + " overlap " + String.format(Locale.ROOT, "%.2f",
                                    org.chronomap.events.extract.Signature.overlap(ka.signature(), kb.signature()))
                                    + " " + ka.signature() + " | " + kb.signature());
                        }
                    }
                }
            }
        }
        misses.forEach(System.out::println);
        double precision = (double) matched / Math.max(1, matched + falsePositives);
        double recall = (double) matched / Math.max(1, goldTotal);
        System.out.printf(Locale.ROOT, "seed gold: %d gold events, %d system events matched, %d spurious, %d neutral%n",
                goldTotal, matched, falsePositives, neutral);
        System.out.printf(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", precision, recall,
                2 * precision * recall / Math.max(1e-9, precision + recall));
        System.out.printf(Locale.ROOT, "of matched: date exact %.3f  category %.3f  location<=161km %.3f%n",
                (double) dateExact / Math.max(1, matched), (double) categoryRight / Math.max(1, matched),
                (double) locationRight / Math.max(1, matched));
        System.out.printf(Locale.ROOT, "cross-article merging: %d/%d gold pairs with both ends matched merged (%.3f); %d pairs in all (%.3f)%n",
                pairsMerged, pairsMatched, (double) pairsMerged / Math.max(1, pairsMatched), pairsAll,
                (double) pairsMerged / Math.max(1, pairsAll));
        System.out.printf(Locale.ROOT, "wrong merges (matched gold events of different clusters in one system event): %d%n",
                wrongMerges);
    }

    /** GeoNames feature codes for the gold's kinds of place. */
    private static String featureCode(String kind) {
        return switch (kind) {
            case "country" -> "PCLI";
            case "region" -> "ADM1";
            case "river" -> "STM";
            case "sea" -> "SEA";
            case "facility" -> "FCL";
            default -> "PPL";
        };
    }

    private static boolean overlaps(SystemEvent event, int start, int end) {
        return event.members().stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    static Category goldCategory(String type) {
        return switch (type) {
            case "battle/offensive" -> Category.BATTLE;
            case "diplomacy/statement" -> Category.DIPLOMACY;
            case "emergency/disaster" -> Category.EMERGENCY;
            default -> Category.valueOf(type.toUpperCase(Locale.ROOT).replace('-', '_'));
        };
    }

    // ---------------------------------------------------------------- LGL / GeoVirus

    /** The corpus's own gold toponyms stand in for geoparsing, so that event places can be checked by hand. */
    static List<Toponym> goldToponyms(JsonNode doc) {
        List<Toponym> out = new ArrayList<>();
        for (JsonNode t : doc.path("toponyms")) {
            Long id = t.path("geonameid").canConvertToLong() ? t.get("geonameid").asLong() : null;
            out.add(new Toponym(t.get("start").asInt(), t.get("end").asInt(), t.path("surface").asText(),
                    new Toponym.Place(id, t.path("surface").asText(), null, "P", "PPL", t.path("lat").asDouble(),
                            t.path("lon").asDouble()), 1.0));
        }
        out.sort(Comparator.comparingInt(Toponym::start));
        return out;
    }

    /** The geoparsing corpora whose articles the events are extracted from, under {@code dev-data/geo}. */
    static final List<String> CORPORA = List.of("LGL/lgl.jsonl", "GeoVirus/geovirus.jsonl");

    /** A corpus's articles, none when its file is absent. */
    static List<JsonNode> corpusDocs(Path shared, String corpus) throws IOException {
        Path file = shared.resolve("dev-data/geo").resolve(corpus);
        List<JsonNode> docs = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    docs.add(JSON.readTree(line));
                }
            }
        }
        return docs;
    }

    /** A pipeline whose geoparser answers with the gold toponyms {@code byText} holds for the text it is given. */
    static ArticlePipeline goldToponymPipeline(TextAnalyzer analyzer, TimeTagger tagger,
                                               Map<String, List<Toponym>> byText) {
        return new ArticlePipeline(analyzer, tagger, (t, d) -> byText.getOrDefault(t, List.of()), id -> Optional.empty());
    }

    private static void corpora(Path shared, TextAnalyzer analyzer, TimeTagger tagger) throws IOException {
        Map<String, List<Toponym>> current = new java.util.concurrent.ConcurrentHashMap<>();
        ArticlePipeline pipeline = goldToponymPipeline(analyzer, tagger, current);
        for (String corpus : CORPORA) {
            List<JsonNode> docs = corpusDocs(shared, corpus);
            if (docs.isEmpty()) {
                continue;
            }
            for (JsonNode doc : docs) {
                current.put(doc.get("text").asText(), goldToponyms(doc));
            }
            // Warm-up: the first articles pay for class loading and JIT, not extraction.
            for (int i = 0; i < Math.min(30, docs.size()); i++) {
                pipeline.run(docs.get(i).get("text").asText(), date(docs.get(i)));
            }
            // A fixed-seed sample of events for the hand check written into docs/BENCHMARKS.md.
            java.util.Random random = new java.util.Random(Long.getLong("bench.sample.seed", 20261121L));
            System.out.println("  sample for the hand check (id | category | title | date | basis | location | as written || sentence):");
            // Articles drawn without replacement, so no article is judged twice; one random event of each.
            List<JsonNode> shuffled = new ArrayList<>(docs);
            java.util.Collections.shuffle(shuffled, random);
            int shown = 0;
            for (JsonNode doc : shuffled) {
                if (shown == 15) {
                    break;
                }
                List<ExtractedEvent> events = pipeline.run(doc.get("text").asText(), date(doc)).events();
                if (events.isEmpty()) {
                    continue;
                }
                shown++;
                ExtractedEvent e = events.get(random.nextInt(events.size()));
                System.out.println("    " + doc.path("id").asText() + " | " + e.category().code() + " | " + e.title()
                        + " | " + e.date().start() + ".." + e.date().end() + " | " + e.date().basis() + " | "
                        + (e.location() == null ? "-" : e.location().name()) + " | "
                        + e.date().asWritten() + " || " + e.sourceText().replaceAll("\\s+", " "));
            }
            int errors = 0;
            long chars = 0;
            TreeMap<Integer, Integer> histogram = new TreeMap<>();
            Map<String, Integer> categories = new TreeMap<>();
            Map<String, Integer> bases = new TreeMap<>();
            int total = 0;
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long process0 = processCpuNanos();
            for (JsonNode doc : docs) {
                String text = doc.get("text").asText();
                chars += text.length();
                try {
                    List<ExtractedEvent> events = pipeline.run(text, date(doc)).events();
                    int n = ArticleCollapser.collapse(events).size();
                    histogram.merge(Math.min(n, 10), 1, Integer::sum);
                    total += n;
                    for (ExtractedEvent e : events) {
                        categories.merge(e.category().code(), 1, Integer::sum);
                        bases.merge(e.date().basis(), 1, Integer::sum);
                    }
                } catch (RuntimeException e) {
                    errors++;
                    System.out.println("  error in " + doc.path("id").asText() + ": " + e);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6 / docs.size();
            double processMs = (processCpuNanos() - process0) / 1e6 / docs.size();
            System.out.printf(Locale.ROOT, "%s: %d articles (mean %d chars), %d errors, %d events (%.2f per article), "
                            + "%.0f articles/s single-threaded (extraction; the corpus's gold toponyms stand in for geoparsing)%n",
                    corpus, docs.size(), chars / Math.max(1, docs.size()), errors, total,
                    (double) total / Math.max(1, docs.size()), docs.size() / seconds);
            System.out.printf(Locale.ROOT, "  CPU per article single-threaded: %.2f ms on the extracting thread, %.2f ms for "
                    + "the whole process (with GC and JIT); load average %.2f%n", cpuMs, processMs,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            stages(docs);
            // The service extracts articles concurrently (one request thread each): throughput on all cores.
            int threads = Runtime.getRuntime().availableProcessors();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            long p0 = System.nanoTime();
            long parallelProcess0 = processCpuNanos();
            java.util.concurrent.atomic.LongAdder threadCpu = new java.util.concurrent.atomic.LongAdder();
            // A corpus takes a second or two on two threads, where a neighbour's burst moves the figure by a third:
            // the corpus is read again until PARALLEL_SECONDS have passed.
            int rounds = 0;
            do {
                List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
                for (JsonNode doc : docs) {
                    futures.add(pool.submit(() -> {
                        long c0 = THREADS.getCurrentThreadCpuTime();
                        pipeline.run(doc.get("text").asText(), date(doc));
                        threadCpu.add(THREADS.getCurrentThreadCpuTime() - c0);
                    }));
                }
                for (var future : futures) {
                    try {
                        future.get();
                    } catch (Exception e) {
                        System.out.println("  error: " + e);
                    }
                }
                rounds++;
            } while ((System.nanoTime() - p0) / 1e9 < PARALLEL_SECONDS);
            pool.shutdown();
            double parallelSeconds = (System.nanoTime() - p0) / 1e9;
            long articles = (long) rounds * docs.size();
            System.out.printf(Locale.ROOT, "  %.0f articles/s on %d threads (%d passes); CPU per article %.2f ms on the "
                            + "extracting threads, %.2f ms for the whole process; load average %.2f%n",
                    articles / parallelSeconds, threads, rounds, threadCpu.sum() / 1e6 / articles,
                    (processCpuNanos() - parallelProcess0) / 1e6 / articles,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("  events per article (10 = 10+): " + histogram);
            System.out.println("  categories: " + categories + "  date basis: " + bases);
        }
    }

    /**
     * CPU per article of the first stages, on a fresh analyser so that its lemma memo starts as cold as in the
     * timed pass. Tokens are tagged lazily, so each stage pays for the sentences it is the first to look at.
     */
    private static void stages(List<JsonNode> docs) {
        TextAnalyzer analyzer = new TextAnalyzer();
        TimeTagger tagger = new TimeTagger(analyzer);
        org.chronomap.events.extract.event.CandidateExtractor candidates =
                new org.chronomap.events.extract.event.CandidateExtractor();
        long split = 0;
        long time = 0;
        long events = 0;
        for (JsonNode doc : docs) {
            String text = doc.get("text").asText();
            long a = THREADS.getCurrentThreadCpuTime();
            var analyzed = analyzer.analyze(text);
            long b = THREADS.getCurrentThreadCpuTime();
            var times = tagger.tag(analyzed, date(doc));
            long c = THREADS.getCurrentThreadCpuTime();
            candidates.extract(analyzed, times);
            long d = THREADS.getCurrentThreadCpuTime();
            split += b - a;
            time += c - b;
            events += d - c;
        }
        double n = docs.size() * 1e6;
        System.out.printf(Locale.ROOT, "  CPU per article by stage: sentence split %.2f ms, time tagging (with tagging "
                        + "the sentences it reads the tense of) %.2f ms, event candidates (with tagging the other sentences "
                        + "that may hold a predicate) %.2f ms; places, dating, attribution and titles are the rest%n",
                split / n, time / n, events / n);
    }

    /** The corpus's download time where it has one; else a fixed date (only relative dates depend on it). */
    static LocalDate date(JsonNode doc) {
        String dl = doc.path("dltime").asText("");
        return dl.length() >= 10 ? LocalDate.parse(dl.substring(0, 10)) : LocalDate.of(2020, 1, 1);
    }

    // ---------------------------------------------------------------- helpers

    /** The least time the two-thread extraction of one corpus runs. */
    private static final double PARALLEL_SECONDS = 10;

    /** CPU time of the whole JVM (all threads, GC and JIT included), or 0 where the platform does not say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    static Path sharedDir(String[] args) {
        List<Path> candidates = new ArrayList<>();
        if (args.length > 0) {
            candidates.add(Path.of(args[0]));
        }
        Optional.ofNullable(System.getenv("CHRONOMAP_SHARED_DIR")).map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of("../shared"));
        candidates.add(Path.of("../../shared"));
        return candidates.stream().filter(p -> Files.isDirectory(p.resolve("gold"))).findFirst().orElse(null);
    }

    private static boolean geoAnswers(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() < 500;
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Toponym> liveGeoparse(String url, String text, LocalDate date) {
        try {
            String body = JSON.writeValueAsString(Map.of("text", text, "publishedAt", date.toString()));
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/geoparse"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode toponyms = JSON.readTree(r.body()).get("toponyms");
            return List.of(JSON.treeToValue(toponyms, Toponym[].class));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("geoparse failed", e);
        }
    }
}
