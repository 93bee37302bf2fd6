package org.chronomap.events.extract.attribution;

import java.util.List;

/**
 * Who an article says reports or claims an event ({@code source}: "kyiv", "The Russian army", "AP"),
 * null when the article asserts it itself; and the figures the article gives for it ("at least 18
 * firefighters injured"), kept per source so that conflicting counts stand side by side.
 */
public record Attribution(String source, List<String> figures) {
}
