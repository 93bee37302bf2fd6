package org.chronomap.geo.rest;

import jakarta.validation.constraints.NotNull;

/**
 * Body of POST /api/geoparse.
 *
 * @param publishedAt publication date (ISO 8601), optional; accepted for the contract, not yet used
 */
public record GeoparseRequest(@NotNull String text, String publishedAt) {
}
