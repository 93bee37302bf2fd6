package org.chronomap.events.extract.time;

/** The four TIMEX3 types of TimeML. */
public enum TimexType {
    /** A calendar date or period at day granularity or coarser: "Sunday", "August 2024", "the third quarter". */
    DATE,
    /** A point finer than a day or a part of a day: "00:08 UTC", "Friday morning". */
    TIME,
    /** A length of time: "12 days", "two years". */
    DURATION,
    /** A recurrence: "every week", "daily". */
    SET
}
