package org.chronomap.common.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
 * The one place where failures become HTTP answers, in every service: each error leaves as an
 * RFC 9457 {@code application/problem+json} body. Client errors say what to change; server errors
 * are logged here and never expose a stack trace or a class name (Jackson's own messages name Java
 * types, so JSON errors are described from their location, not their message).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = jsonCause(e);
        if (json != null) {
            return problem(400, jsonDetail(json), uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "Request to %s failed with %d", path(uri), status);
            // A 503 thrown by the service itself says which dependency is away and when to retry.
            String detail = status == 503 && isApplicationMessage(e, status)
                    ? e.getMessage() : "The service failed to handle the request.";
            return problem(status, detail, uri);
        }
        String detail = e instanceof NotFoundException && !isApplicationMessage(e, status)
                ? "No resource at " + path(uri) + "."
                : clientMessage(e, status);
        return problem(status, detail, uri);
    }

    /** Declared for the subtypes too: quarkus-rest-jackson ships mappers for them that answer plain JSON. */
    @ServerExceptionMapper
    public Response mapMismatchedInput(MismatchedInputException e, UriInfo uri) {
        return problem(400, jsonDetail(e), uri);
    }

    @ServerExceptionMapper
    public Response mapJsonParse(JsonParseException e, UriInfo uri) {
        return problem(400, jsonDetail(e), uri);
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e, UriInfo uri) {
        return problem(400, jsonDetail(e), uri);
    }

    @ServerExceptionMapper
    public Response mapValidation(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(ProblemMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(400, "Invalid request: " + detail + ".", uri);
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Throwable e, UriInfo uri) {
        JsonProcessingException json = jsonCause(e);
        if (json != null) {
            return problem(400, jsonDetail(json), uri);
        }
        LOG.errorf(e, "Unexpected failure serving %s", path(uri));
        return problem(500, "An unexpected error occurred; it has been logged.", uri);
    }

    static String jsonDetail(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            return "The body is not valid JSON: " + parse.getOriginalMessage()
                    + " (line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ").";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown JSON property '" + unknown.getPropertyName() + "'.";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "The JSON field '" + field + "' has the wrong type or value.";
        }
        return "The body does not have the expected JSON shape.";
    }

    /** The JSON error a reader wrapped, if any: it is the client's fault, not the server's. */
    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Parameter paths read "method.arg" or "method.request.field"; the client knows only the last segment.
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return "'" + field + "' " + violation.getMessage();
    }

    /** Messages of exceptions the application throws are written for clients; the framework's are not. */
    private static boolean isApplicationMessage(WebApplicationException e, int status) {
        String message = e.getMessage();
        return message != null && !message.isBlank() && !message.startsWith("HTTP " + status)
                && !message.startsWith("Unable to find matching target resource method");
    }

    private static String clientMessage(WebApplicationException e, int status) {
        return isApplicationMessage(e, status) ? e.getMessage() : Problem.title(status) + ".";
    }

    private static Response problem(int status, String detail, UriInfo uri) {
        return Problem.of(status, detail, path(uri)).toResponse();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
