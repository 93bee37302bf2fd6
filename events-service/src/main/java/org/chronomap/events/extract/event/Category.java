package org.chronomap.events.extract.event;

import java.util.Locale;

/** The event categories of the HTTP contract (shared/API.md); {@link #code()} is the wire value. */
public enum Category {
    ATTACK, BATTLE, TERRITORIAL_CHANGE, CIVILIAN_HARM, EVACUATION, EMERGENCY, DIPLOMACY, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
