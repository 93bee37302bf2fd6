package org.chronomap.geo.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.chronomap.geo.gazetteer.GazetteerService;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;

/** Finds and resolves the place names of a text. */
@Path("/api/geoparse")
public class GeoparseResource {

    /** Largest text accepted, in UTF-8 bytes (1 MiB); longer ones get 413. */
    static final int MAX_TEXT_BYTES = 1 << 20;

    private final GazetteerService gazetteer;

    public GeoparseResource(GazetteerService gazetteer) {
        this.gazetteer = gazetteer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place-name mentions of a text with their resolved places (offsets in code points)")
    public GeoparseResponse geoparse(@Valid @NotNull GeoparseRequest request) {
        String text = request.text();
        if (text.length() > MAX_TEXT_BYTES / 3 && text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new WebApplicationException("The text is longer than 1 MB (UTF-8); split it into smaller parts.", 413);
        }
        return GeoparseResponse.from(text, gazetteer.geoParser().parse(text));
    }
}
