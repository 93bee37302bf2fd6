package org.chronomap.faults;

import org.chronomap.faults.support.Database;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The fault suite on PostgreSQL, the production database, with the events-service jar built for it.
 * Runs where {@code CHRONOMAP_TEST_PG_URL} names a server (always in CI, {@code .ci/run}); skipped
 * on a developer machine without one.
 */
@EnabledIfEnvironmentVariable(named = "CHRONOMAP_TEST_PG_URL", matches = ".+")
class PostgresFaultsIT extends FaultSuite {

    @Override
    Database database() {
        return Database.postgresql();
    }
}
