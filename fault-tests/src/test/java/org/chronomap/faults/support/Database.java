package org.chronomap.faults.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The database an events-service process under test stores into, with the jar built for it: Quarkus
 * fixes the database kind when it builds the jar, so PostgreSQL runs need the second build the
 * events-service makes when {@code CHRONOMAP_TEST_PG_URL} is set.
 */
public record Database(String kind, Path eventsJar, String url, String user, String password) {

    public static Database h2() {
        return new Database("h2", Path.of(System.getProperty("events.jar")), null, null, null);
    }

    /** The server CI starts ({@code .ci/run}); a developer points the same variables at a scratch database. */
    public static Database postgresql() {
        return new Database("postgresql", Path.of(System.getProperty("events.postgresql.jar")),
                System.getenv("CHRONOMAP_TEST_PG_URL"), System.getenv("CHRONOMAP_TEST_PG_USER"),
                System.getenv("CHRONOMAP_TEST_PG_PASSWORD"));
    }

    /**
     * Settings of an events-service with its own, empty store: a data directory for H2, a schema of
     * its own for PostgreSQL (emptied on this first start), so processes of different tests never
     * share rows.
     */
    public Map<String, String> freshStore(Path dataDir, String schema) {
        Map<String, String> env = new HashMap<>();
        env.put("CHRONOMAP_DATA_DIR", dataDir.toString());
        if (kind.equals("postgresql")) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            env.put("QUARKUS_DATASOURCE_USERNAME", user);
            env.put("QUARKUS_DATASOURCE_PASSWORD", password);
            env.put("QUARKUS_FLYWAY_SCHEMAS", schema);
            env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        }
        return env;
    }

    /** What to change before starting the same store again: its rows must survive the restart. */
    public static Map<String, String> keepStore() {
        return Map.of("QUARKUS_FLYWAY_CLEAN_AT_START", "false");
    }
}
