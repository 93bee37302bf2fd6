package org.chronomap.events.postgres;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Runs the application against a real PostgreSQL server named by {@code CHRONOMAP_TEST_PG_URL}
 * (CI's {@code .ci/run} starts one; there is no Docker for Dev Services). Changing the db-kind
 * re-augments the application, so Hibernate and Flyway use their PostgreSQL dialects.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                // JUnit builds the profile during discovery even when the test is disabled: no null here.
                "quarkus.datasource.jdbc.url", env("CHRONOMAP_TEST_PG_URL", "jdbc:postgresql://localhost/unset"),
                "quarkus.datasource.username", env("CHRONOMAP_TEST_PG_USER", "chronomap"),
                "quarkus.datasource.password", env("CHRONOMAP_TEST_PG_PASSWORD", "chronomap"),
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
