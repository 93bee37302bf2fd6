package org.chronomap.events.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs the transactions that write events one at a time. Merging reads the stored events to decide
 * whether a report is a happening already known, then writes: two such transactions side by side
 * (READ COMMITTED on H2 and PostgreSQL) would each miss the other's uncommitted event and store one
 * happening twice. The lock is held until the commit is done, so the next writer sees every row of
 * the previous one. Extraction and the geo-service calls run before, outside it.
 * <p>
 * A lock of this JVM: one events-service process owns its database (H2 locks its file to one
 * process). Several instances on one PostgreSQL database would need a database lock instead.
 */
@ApplicationScoped
public class EventWriteLock {

    /** Fair, so that a steady stream of ingests cannot starve the pending-place retry. */
    private final ReentrantLock lock = new ReentrantLock(true);

    /** {@code work} in a new transaction, committed before the next writer starts. */
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            lock.unlock();
        }
    }
}
