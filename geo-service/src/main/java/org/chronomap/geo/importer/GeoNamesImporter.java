package org.chronomap.geo.importer;

import org.chronomap.geo.gazetteer.Place;
import org.chronomap.geo.index.GazetteerIndex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Command-line import of a full GeoNames dump ({@code allCountries.txt} or country files, plain or
 * gzipped) into the service's index under {@code <data-dir>/geo/index-<version>}, replacing the
 * one built from the bundled data.
 *
 * <pre>
 * java -cp "geo-service/target/quarkus-app/lib/main/*:geo-service/target/classes" \
 *     org.chronomap.geo.importer.GeoNamesImporter --data-dir ./data allCountries.txt [more files]
 * </pre>
 * Streaming: one row in memory at a time, the index writer's buffer is bounded, so memory stays
 * flat in the input size. Idempotent: the index is built beside the old one and swapped in when
 * complete; the same input gives the same index. Progress goes to stderr every 250,000 rows, a
 * summary to stdout. The alternate names of {@code alternateNamesV2.txt} are not needed: the dump's
 * own alternatenames column already lists them.
 */
public final class GeoNamesImporter {

    private static final int PROGRESS_EVERY = 250_000;

    private GeoNamesImporter() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of("./data");
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--data-dir".equals(args[i]) && i + 1 < args.length) {
                dataDir = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                usage("unknown option " + args[i]);
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            usage("no GeoNames file given");
        }
        for (Path p : inputs) {
            if (!Files.isReadable(p)) {
                usage("cannot read " + p);
            }
        }
        long totalBytes = 0;
        for (Path p : inputs) {
            totalBytes += Files.size(p);
        }
        Stats stats = new Stats(totalBytes);
        long start = System.nanoTime();
        int indexed = GazetteerIndex.build(dataDir, sink -> {
            for (Path p : inputs) {
                readFile(p, sink, stats);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "imported %,d places from %,d rows (%,d skipped as malformed) in %.1f s: %,.0f rows/s%n",
                indexed, stats.rows, stats.skipped, seconds, stats.rows / seconds);
        System.out.printf(Locale.ROOT, "index: %s (version %d)%n", GazetteerIndex.indexDir(dataDir), GazetteerIndex.INDEX_VERSION);
        System.out.printf(Locale.ROOT, "projected for 12,000,000 rows (allCountries): %.0f min%n",
                12_000_000 / (stats.rows / seconds) / 60);
    }

    private static final class Stats {
        final long totalBytes;
        long bytes;
        long rows;
        long skipped;
        final long start = System.nanoTime();

        Stats(long totalBytes) {
            this.totalBytes = totalBytes;
        }

        void progress() {
            double s = (System.nanoTime() - start) / 1e9;
            double rate = rows / Math.max(s, 1e-3);
            double done = totalBytes == 0 ? 0 : Math.min(1.0, (double) bytes / totalBytes);
            double eta = done > 0 ? s / done - s : 0;
            System.err.printf(Locale.ROOT, "\r%,12d rows  %5.1f%%  %,8.0f rows/s  ETA %4.0f s ", rows, done * 100, rate, eta);
        }
    }

    private static void readFile(Path file, java.util.function.Consumer<Place> sink, Stats stats) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                // Byte progress is approximate for gzip input (uncompressed bytes vs file size).
                stats.bytes += line.length() + 1;
                stats.rows++;
                Place p = parse(line);
                if (p == null) {
                    stats.skipped++;
                } else {
                    sink.accept(p);
                }
                if (stats.rows % PROGRESS_EVERY == 0) {
                    stats.progress();
                }
            }
            stats.progress();
            System.err.println();
        }
    }

    /** One row of the GeoNames "geoname" table (19 tab-separated columns), or null if malformed. */
    static Place parse(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return null;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 19) {
            return null;
        }
        try {
            long id = Long.parseLong(f[0]);
            List<String> names = f[3].isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(f[3].split(",")));
            if (!f[2].isEmpty() && !f[2].equals(f[1])) {
                names.add(f[2]);
            }
            long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            return new Place(id, id, f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7], f[8],
                    f[10], f[11], population, names, null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void usage(String problem) {
        System.err.println("GeoNamesImporter: " + problem);
        System.err.println("usage: GeoNamesImporter [--data-dir DIR] allCountries.txt[.gz] [more GeoNames files]");
        System.exit(2);
    }
}
