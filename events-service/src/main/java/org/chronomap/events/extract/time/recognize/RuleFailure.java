package org.chronomap.events.extract.time.recognize;

import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A time rule that throws on some text is a bug, but one rule among some two hundred must not cost an article
 * its other dates, nor fail the request or the ingest that carries it: the expression it was reading is skipped
 * and the failure logged with the rule's name and offset (not the article's text, which may be long or private),
 * and counted, so that tests still see it.
 */
public final class RuleFailure {

    private static final Logger LOG = Logger.getLogger(RuleFailure.class);
    private static final AtomicLong COUNT = new AtomicLong();

    private RuleFailure() {
    }

    public static void report(String rule, int offset, RuntimeException e) {
        COUNT.incrementAndGet();
        LOG.warnf(e, "Time rule '%s' failed at offset %d; that expression is skipped", rule, offset);
    }

    /** Failures reported since the process started. */
    public static long count() {
        return COUNT.get();
    }
}
