package org.chronomap.faults.support;

import org.chronomap.testsupport.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The services of a fault test run, each in its own directory under {@code target/fault-tests}. */
public final class Services {

    public static final Path WORK = Path.of(System.getProperty("work.dir", "target/fault-tests")).toAbsolutePath();
    /** Short, so that a test sees pending places resolved soon after the geo-service is back. */
    public static final String GEO_RETRY_EVERY = "1s";

    private static ServiceProcess geo;

    private Services() {
    }

    /**
     * The geo-service of this run, created on first use and kept for the whole run (stopped when the
     * JVM exits). Its data directory is kept too, so only its first start builds the gazetteer index.
     */
    public static synchronized ServiceProcess geo() throws IOException {
        if (geo == null) {
            geo = ServiceProcess.on("geo-service", Path.of(System.getProperty("geo.jar")), WORK,
                    Map.of("CHRONOMAP_DATA_DIR", WORK.resolve("geo-data").toString()));
            Runtime.getRuntime().addShutdownHook(new Thread(geo::stop));
        }
        return geo;
    }

    /** {@link #geo()}, running. */
    public static ServiceProcess geoRunning() throws IOException, InterruptedException {
        ServiceProcess service = geo();
        synchronized (Services.class) {
            if (!service.isRunning()) {
                service.start();
            }
        }
        return service;
    }

    /** An events-service (not started) with an empty store of its own, finding the geo-service at {@code geoUrl}. */
    public static ServiceProcess events(Database database, String name, String geoUrl) throws IOException {
        Path dir = WORK.resolve(database.kind()).resolve(name);
        deleteTree(dir);
        Map<String, String> env = new HashMap<>(database.freshStore(dir.resolve("data"), "faults_" + name.replace('-', '_')));
        env.put("CHRONOMAP_INGEST_SEEDS", "false");
        env.put("CHRONOMAP_GEO_URL", geoUrl);
        env.put("CHRONOMAP_GEO_RETRY_EVERY", GEO_RETRY_EVERY);
        return ServiceProcess.on("events-" + name, database.eventsJar(), dir, env);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
