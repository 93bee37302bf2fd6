package org.chronomap.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeExpression;
import org.chronomap.events.extract.time.TimeTagger;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Time-expression benchmark on TBAQ (TimeBank + AQUAINT, TempEval-3 training data): runs our
 * {@link TimeTagger}, HeidelTime 2.1 and Natty 0.13 on the same documents and prints TempEval-3 strict,
 * relaxed and value F1 ({@link TempEvalScorer}) and documents per second.
 *
 * <p>Usage: {@code TimexBenchmark TBAQ_DIR [OUT_DIR] [systems=ours,heideltime,natty]}. Each system's output
 * is written as JSONL to OUT_DIR (default {@code target/timex}) for {@code score_timex.py}, and its value
 * errors (relaxed matches with another value than the gold, with their context) to
 * {@code SYSTEM-value-errors.tsv}.
 */
public final class TimexBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The least time the timed passes of one system run (see {@link #run}). */
    private static final double MIN_TIMED_SECONDS = 10;

    /** A gold document: its text, DCT and the gold TIMEX3s. */
    record Document(String id, String text, LocalDate dct, List<TempEvalScorer.Timex> gold) {
    }

    /** A system under test. */
    interface TimexSystem {
        String name();

        List<TempEvalScorer.Timex> tag(String text, LocalDate dct) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: TimexBenchmark TBAQ_DIR [OUT_DIR] [systems=ours,heideltime,natty]");
            System.exit(2);
        }
        // HeidelTime logs every document at INFO through java.util.logging.
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (var handler : root.getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "target/timex");
        Set<String> systems = Set.of((args.length > 2 ? args[2] : "ours,heideltime,natty").split(","));
        List<Document> documents = load(corpus);
        Files.createDirectories(out);
        writeGold(documents, out.resolve("gold.jsonl"));
        System.out.printf(Locale.ROOT, "TBAQ: %d documents, %d gold TIMEX3; Java %s, %d cores%n", documents.size(),
                documents.stream().mapToInt(d -> d.gold().size()).sum(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-11s %8s %8s %8s %8s %8s %9s %9s%n", "system", "strictF1", "relaxF1", "valueF1",
                "typeF1", "system#", "docs/s", "docs/cpu-s");
        List<TimexSystem> toRun = new ArrayList<>();
        if (systems.contains("ours")) {
            toRun.add(ours());
        }
        if (systems.contains("heideltime")) {
            try {
                toRun.add(HeidelTimeSystem.create());
            } catch (Throwable e) {
                System.out.println("heideltime: could not start: " + e);
            }
        }
        if (systems.contains("natty")) {
            toRun.add(new NattySystem());
        }
        List<TimexErrorAudit> audits = new ArrayList<>();
        for (TimexSystem system : toRun) {
            run(system, documents, out, audits);
        }
        TimexErrorAudit.print(audits);
    }

    private static TimexSystem ours() {
        TimeTagger tagger = new TimeTagger(new TextAnalyzer());
        return new TimexSystem() {
            public String name() {
                return "chronomap";
            }

            public List<TempEvalScorer.Timex> tag(String text, LocalDate dct) {
                List<TempEvalScorer.Timex> result = new ArrayList<>();
                for (TimeExpression e : tagger.tag(text, dct)) {
                    result.add(new TempEvalScorer.Timex(e.start(), e.end(), e.text(), e.type().name(), e.value()));
                }
                return result;
            }
        };
    }

    private static void run(TimexSystem system, List<Document> documents, Path out, List<TimexErrorAudit> audits)
            throws Exception {
        // Warm-up: one untimed pass over the corpus, the same for every system, so that class loading and
        // JIT compilation are not charged to the timed pass.
        for (Document d : documents) {
            system.tag(d.text(), d.dct());
        }
        List<List<TempEvalScorer.Timex>> outputs = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        // A fast tagger reads the corpus in well under a second, where a pause or a neighbour's burst moves the
        // figure by a third: the timed pass repeats until it has run MIN_TIMED_SECONDS (the slow systems once).
        int passes = 0;
        do {
            List<List<TempEvalScorer.Timex>> pass = new ArrayList<>();
            for (Document d : documents) {
                try {
                    pass.add(system.tag(d.text(), d.dct()));
                } catch (Exception e) {
                    pass.add(List.of());
                }
            }
            if (passes == 0) {
                outputs = pass;
            }
            passes++;
        } while ((System.nanoTime() - t0) / 1e9 < MIN_TIMED_SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        // CPU time of this thread: all three taggers run in the calling thread, and on a machine shared with
        // other builds it measures the tagger rather than the neighbours.
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        TempEvalScorer scorer = new TempEvalScorer();
        List<TempEvalScorer.RelaxedMatch> matches = new ArrayList<>();
        List<Document> matchDocuments = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            scorer.add(d.gold(), outputs.get(i));
            for (TempEvalScorer.RelaxedMatch m : scorer.takeMatches()) {
                matches.add(m);
                matchDocuments.add(d);
            }
        }
        TempEvalScorer.Scores s = scorer.scores();
        System.out.printf(Locale.ROOT, "%-11s %8.2f %8.2f %8.2f %8.2f %8d %9.1f %9.1f%n", system.name(),
                100 * s.strictF1(), 100 * s.relaxedF1(), 100 * s.valueF1(), 100 * s.typeF1(), s.system(),
                passes * documents.size() / seconds, passes * documents.size() / cpuSeconds);
        TimexErrorAudit audit = TimexErrorAudit.of(system.name(), matches,
                matchDocuments.stream().map(Document::dct).toList(), s);
        audits.add(audit);
        write(documents, outputs, out.resolve(system.name() + ".jsonl"));
        // The error list to group and work from: one relaxed match with a wrong value per line, with its cause.
        List<String> valueErrors = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            TempEvalScorer.RelaxedMatch m = matches.get(i);
            Document d = matchDocuments.get(i);
            if (!m.sameValue()) {
                valueErrors.add(String.join("\t", d.id(), d.dct().toString(), m.gold().text(), m.gold().value(),
                        m.system().text(), m.system().value(), context(d.text(), m.gold()),
                        audit.causeOf(m).name().toLowerCase(Locale.ROOT)));
            }
        }
        Files.write(out.resolve(system.name() + "-value-errors.tsv"), valueErrors);
    }

    /** Up to 80 characters either side of a gold TIMEX3, on one line (offsets are code points). */
    private static String context(String text, TempEvalScorer.Timex t) {
        int from = text.offsetByCodePoints(0, Math.max(0, t.start() - 80));
        int to = text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), t.end() + 80));
        return text.substring(from, to).replaceAll("\\s+", " ");
    }

    static List<Document> load(Path corpus) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (String file : List.of("timebank.jsonl", "aquaint.jsonl")) {
            for (String line : Files.readAllLines(corpus.resolve(file))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d = JSON.readTree(line);
                List<TempEvalScorer.Timex> gold = new ArrayList<>();
                for (JsonNode t : d.get("timex")) {
                    gold.add(new TempEvalScorer.Timex(t.get("start").asInt(), t.get("end").asInt(), t.get("text").asText(),
                            t.get("type").asText(), t.get("value").asText()));
                }
                documents.add(new Document(d.get("doc_id").asText(), d.get("text").asText(),
                        LocalDate.parse(d.get("dct").asText().substring(0, 10)), gold));
            }
        }
        return documents;
    }

    private static void writeGold(List<Document> documents, Path file) throws IOException {
        List<List<TempEvalScorer.Timex>> gold = documents.stream().map(Document::gold).toList();
        write(documents, gold, file);
    }

    private static void write(List<Document> documents, List<List<TempEvalScorer.Timex>> outputs, Path file)
            throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < documents.size(); i++) {
                ObjectNode doc = JSON.createObjectNode();
                doc.put("doc_id", documents.get(i).id());
                ArrayNode timex = doc.putArray("timex");
                for (TempEvalScorer.Timex t : outputs.get(i)) {
                    timex.addObject().put("start", t.start()).put("end", t.end()).put("text", t.text())
                            .put("type", t.type()).put("value", t.value());
                }
                w.write(JSON.writeValueAsString(doc));
                w.newLine();
            }
        }
    }
}
