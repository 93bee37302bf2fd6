package org.chronomap.frontend;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exists only in tests: an endpoint that fails unexpectedly, to pin the 500 problem shape. */
@Path("/test-only/failure")
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("secret internal detail in org.chronomap.Secret");
    }
}
