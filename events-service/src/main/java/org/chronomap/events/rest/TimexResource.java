package org.chronomap.events.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.chronomap.events.extract.time.TimexService;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** {@code POST /api/timex}: the time expressions of a text, normalised against its creation date. */
@Path("/api/timex")
@Produces(MediaType.APPLICATION_JSON)
public class TimexResource {

    @Inject
    TimexService timex;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TimexView tag(@Valid @NotNull(message = "a JSON body is required") TimexRequest request) {
        LocalDate dct = PublicationDate.parse("dct", request.dct());
        if (request.text().getBytes(StandardCharsets.UTF_8).length > ArticleResource.MAX_TEXT_BYTES) {
            throw new WebApplicationException("'text' is longer than 1 MiB; split it.", 413);
        }
        if (request.text().isBlank()) {
            return TimexView.from(List.of(), dct, false);
        }
        TimexService.Tagging tagging = timex.tag(request.text(), dct);
        return TimexView.from(tagging.expressions(), tagging.dct(), tagging.dctInferred());
    }
}
