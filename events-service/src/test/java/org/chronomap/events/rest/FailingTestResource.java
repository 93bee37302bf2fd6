package org.chronomap.events.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would, to pin the 500 problem shape. */
@Path("/test-only/fail")
public class FailingTestResource {

    @GET
    public String fail() {
        throw new IllegalStateException("internal detail that must not leak: org.chronomap.Secret");
    }
}
