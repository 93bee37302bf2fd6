package org.chronomap.geo.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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
 * The one exception mapper of the geo-service: every error leaves as
 * {@code application/problem+json}. Client errors say what was wrong; server errors are logged
 * with their stack trace and answered with a generic detail (no class names, no traces).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException jpe) {
                // The JSON reader wraps parse errors in a bare 400: say what was wrong instead.
                return problem(400, jsonDetail(jpe), uri);
            }
        }
        String detail = e.getMessage();
        // RESTEasy's own NotFound for an unmatched path carries a generic message: say which path.
        if (e instanceof NotFoundException && (detail == null || detail.isBlank() || detail.startsWith("HTTP 404")
                || detail.startsWith("Unable to find matching target resource"))) {
            detail = "No resource at " + uri.getPath() + "; see /q/openapi for the paths this service serves.";
        } else if (detail == null || detail.startsWith("HTTP " + status)) {
            detail = defaultDetail(status);
        }
        if (status >= 500) {
            LOG.errorf(e, "Request to %s failed with %d", uri.getPath(), status);
        }
        return problem(status, detail, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(ProblemMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(400, "Invalid request: " + detail, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return problem(400, jsonDetail(e), uri);
    }

    // The two below are as specific as the JSON mappers built into quarkus-rest-jackson (which
    // answer plain application/json), so ours are chosen for these types too.
    @ServerExceptionMapper
    public Response jsonParse(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return problem(400, jsonDetail(e), uri);
    }

    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri) {
        return problem(400, jsonDetail(e), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        // A JSON error may arrive wrapped by the reader; unwrap before calling it a server fault.
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof JsonProcessingException jpe) {
                return problem(400, jsonDetail(jpe), uri);
            }
            cause = cause.getCause();
        }
        LOG.errorf(e, "Unexpected failure serving %s", uri.getPath());
        return problem(500, "The server could not complete the request; the failure has been logged.", uri);
    }

    private static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "geocode.q" → "q"; "geoparse.request.text" → "text": the parameter a client can fix.
        String parameter = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return "parameter '" + parameter + "' " + v.getMessage();
    }

    private static String jsonDetail(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown JSON property '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f) {
            return "JSON value " + f.getValue() + " at '" + fieldPath(f) + "' has the wrong type";
        }
        if (e instanceof MismatchedInputException m) {
            return "JSON " + (fieldPath(m).isEmpty() ? "body" : "value at '" + fieldPath(m) + "'")
                    + " has the wrong type or shape; expected an object like {\"text\": \"...\"}";
        }
        return "The request body is not valid JSON: " + e.getOriginalMessage();
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    static String defaultDetail(int status) {
        return switch (status) {
            case 404 -> "The requested resource does not exist.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "No representation in an acceptable media type; ask for application/json or application/geo+json.";
            case 413 -> "The request body is too large.";
            case 415 -> "Unsupported content type; send application/json.";
            case 503 -> "The service is not ready yet; retry shortly.";
            default -> Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        };
    }

    static String reason(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        if (s != null) {
            return s.getReasonPhrase();
        }
        return status == 413 ? "Content Too Large" : status == 422 ? "Unprocessable Content" : "Error";
    }

    private static Response problem(int status, String detail, UriInfo uri) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, reason(status), detail, uri.getPath()))
                .build();
    }
}
