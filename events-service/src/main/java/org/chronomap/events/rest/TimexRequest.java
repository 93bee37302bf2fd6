package org.chronomap.events.rest;

import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST /api/timex}. {@code dct} stays a string so that a malformed value gets a precise
 * message from {@link PublicationDate}.
 */
public record TimexRequest(@NotNull(message = "is required") String text, String dct) {
}
