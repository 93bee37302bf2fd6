package org.chronomap.frontend.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures of the frontend become HTTP answers: every error leaves as an RFC 9457
 * {@code application/problem+json} body. Client errors say what to change; server errors are logged
 * here and never expose a stack trace or a class name.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return Problem.of(status, status == 503 && e.getMessage() != null && !e.getMessage().startsWith("HTTP ")
                    ? e.getMessage() : "The frontend failed to handle the request.", path(uri)).toResponse();
        }
        // The frontend throws no NotFoundException of its own: every 404 is an unmatched path.
        String detail = e instanceof NotFoundException
                ? "No resource at " + path(uri) + "."
                : clientMessage(e, status);
        return Problem.of(status, detail, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return Problem.of(500, "An unexpected error occurred; it has been logged.", path(uri)).toResponse();
    }

    /** Messages of exceptions the application throws are written for clients; framework ones are not. */
    private static String clientMessage(WebApplicationException e, int status) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.startsWith("HTTP " + status)) {
            Response.StatusType type = Response.Status.fromStatusCode(status);
            return type != null ? type.getReasonPhrase() + "." : "Request rejected.";
        }
        return message;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
