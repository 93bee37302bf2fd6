package org.chronomap.events.extract.time;

import java.util.Locale;

/** Granularity of the interval an expression denotes; the API spells it in lower case. */
public enum Precision {
    DAY, WEEK, MONTH, YEAR,
    /** Anything that is not one calendar unit: seasons, quarters, decades, "early July", "between 5 and 8 August". */
    RANGE;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
