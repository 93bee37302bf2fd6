package org.chronomap.events.extract.time.normalize;

/** Tense of the clause a time expression sits in; it decides which way an underspecified date points. */
public enum Tense {
    PAST, PRESENT, FUTURE,
    /** No finite verb found (headlines, fragments): resolve to the nearest candidate. */
    UNKNOWN
}
