package org.chronomap.geo.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails unexpectedly, to pin the 500 problem shape. */
@Path("/test/fail")
public class FailingTestResource {

    @GET
    public String fail() {
        throw new IllegalStateException("secret internal detail that must not reach the client");
    }
}
