package org.chronomap.faults;

import org.chronomap.faults.support.Database;

/** The fault suite on the default database, the H2 file under the data directory. */
class H2FaultsIT extends FaultSuite {

    @Override
    Database database() {
        return Database.h2();
    }
}
