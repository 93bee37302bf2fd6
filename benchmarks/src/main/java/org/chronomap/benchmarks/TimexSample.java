package org.chronomap.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeExpression;
import org.chronomap.events.extract.time.TimexService;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The time tagger on news it was not developed on, for a hand check: TBAQ has gold values, the geoparsing
 * corpora (LGL: US local news, GeoVirus: disease news) have none, and no publication dates. Each text is
 * tagged as {@code POST /api/timex} tags an undated article: the date is inferred from the text, and what
 * nothing anchors stays X-filled.
 *
 * <p>Usage: {@code TimexSample OUT_TSV SAMPLE_SIZE SEED CORPUS.jsonl...}. Writes every expression with its
 * context to OUT_TSV, prints the counts by rule and a seeded random sample of SAMPLE_SIZE expressions, one per
 * line, to judge by hand (docs/BENCHMARKS.md records the verdicts).
 */
public final class TimexSample {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONTEXT = 70;

    private TimexSample() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: TimexSample OUT_TSV SAMPLE_SIZE SEED CORPUS.jsonl...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int sampleSize = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        TimexService service = new TimexService(new TextAnalyzer());
        List<String> rows = new ArrayList<>();
        Map<String, Integer> byRule = new TreeMap<>();
        int texts = 0;
        int dated = 0;
        Map<String, Map<Integer, Integer>> inferredYears = new TreeMap<>();
        for (int i = 3; i < args.length; i++) {
            Path corpus = Path.of(args[i]);
            String name = corpus.getFileName().toString().replaceFirst("\\.jsonl$", "");
            for (String line : Files.readAllLines(corpus)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = JSON.readTree(line);
                String text = doc.get("text").asText();
                TimexService.Tagging tagging = service.tag(text, null);
                texts++;
                if (tagging.dct() != null) {
                    dated++;
                    inferredYears.computeIfAbsent(name, k -> new TreeMap<>()).merge(tagging.dct().getYear(), 1, Integer::sum);
                }
                for (TimeExpression e : tagging.expressions()) {
                    byRule.merge(e.rule(), 1, Integer::sum);
                    rows.add(String.join("\t", name, doc.get("id").asText(), Integer.toString(e.start()),
                            e.type().name(), e.value(), e.rule(), e.text(), context(text, e)));
                }
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            w.write("corpus\tid\tstart\ttype\tvalue\trule\ttext\tcontext\n");
            for (String row : rows) {
                w.write(row);
                w.write('\n');
            }
        }
        System.out.printf("%d texts (%d with a date inferred from the text), %d time expressions; all in %s%n",
                texts, dated, rows.size(), out);
        System.out.println("by rule: " + byRule);
        // The corpora carry no dates; LGL's articles are mostly of 2009, so its years show how often the date
        // inferred for an undated article is plausible.
        inferredYears.forEach((name, years) -> System.out.println("inferred dates by year, " + name + ": " + years));
        List<String> sample = new ArrayList<>(rows);
        Collections.shuffle(sample, new Random(seed));
        System.out.printf("random sample of %d (seed %d), to judge by hand:%n", Math.min(sampleSize, sample.size()), seed);
        for (int i = 0; i < Math.min(sampleSize, sample.size()); i++) {
            System.out.printf("%3d  %s%n", i + 1, sample.get(i));
        }
    }

    /** The expression in its sentence, marked [[so]], on one line. Offsets of TimeExpression are code points. */
    private static String context(String text, TimeExpression e) {
        int start = text.offsetByCodePoints(0, e.start());
        int end = text.offsetByCodePoints(start, e.end() - e.start());
        String before = text.substring(Math.max(0, start - CONTEXT), start);
        String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
        return (before + "[[" + text.substring(start, end) + "]]" + after).replaceAll("\\s+", " ");
    }
}
