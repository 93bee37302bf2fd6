package org.chronomap.events.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/**
 * The one place where failures become HTTP answers: every error leaves as an RFC 9457
 * {@code application/problem+json} body. Client errors say what to change; server errors are
 * logged here and never expose a stack trace or a class name.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return mapJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return Problem.of(status, "The service failed to handle the request.", path(uri)).toResponse();
        }
        String detail = e instanceof NotFoundException && isFrameworkMessage(e)
                ? "No resource at " + path(uri) + "."
                : clientMessage(e, status);
        return Problem.of(status, detail, path(uri)).toResponse();
    }

    /** Declared for the subtype too: Quarkus ships its own mapper for it, which answers plain JSON. */
    @ServerExceptionMapper
    public Response mapMismatchedInput(MismatchedInputException e, UriInfo uri) {
        return mapJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e, UriInfo uri) {
        String detail;
        if (e instanceof JsonParseException) {
            detail = "The body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").";
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail = "The field '" + field + "' has the wrong type or value.";
        } else {
            detail = "The body does not have the expected JSON shape.";
        }
        return Problem.of(400, detail, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response mapValidation(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(ProblemMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return Problem.of(400, detail, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return Problem.of(500, "An unexpected error occurred; it has been logged.", path(uri)).toResponse();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Parameter paths read "method.arg"; the client knows only the last segment.
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return field + ": " + violation.getMessage();
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

    /** RESTEasy Reactive's own 404s: no such path, or a path prefix owned by a resource without that method. */
    private static boolean isFrameworkMessage(WebApplicationException e) {
        return e.getMessage() == null || e.getMessage().startsWith("HTTP 404")
                || e.getMessage().startsWith("Unable to find matching target resource method");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
