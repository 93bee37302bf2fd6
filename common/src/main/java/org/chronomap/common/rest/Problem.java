package org.chronomap.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** An RFC 9457 problem detail: the single error shape of every Chronomap service. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** RFC 9110 renamed these; Jakarta REST still answers the RFC 7231 phrases. */
    private static final Map<Integer, String> RFC_9110_TITLES = Map.of(
            413, "Content Too Large",
            422, "Unprocessable Content");

    public static Problem of(int status, String detail, String instance) {
        return new Problem("about:blank", title(status), status, detail, instance);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    static String title(int status) {
        String renamed = RFC_9110_TITLES.get(status);
        if (renamed != null) {
            return renamed;
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        return statusType != null ? statusType.getReasonPhrase() : "HTTP " + status;
    }
}
