package org.chronomap.events.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GDAL's OGC API - Features driver lists and reads the events collection. Skipped only where
 * {@code ogrinfo} is not installed and {@code CI} is unset; in CI a missing GDAL is a failure.
 */
@QuarkusTest
class GdalOapifTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void ogrinfoListsAndReadsTheEventsLayer() throws Exception {
        boolean installed = onPath("ogrinfo");
        Assumptions.assumeTrue(installed || System.getenv("CI") != null,
                "ogrinfo is not installed (apt-get install gdal-bin); CI unset, so skipped");
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Russian forces captured the town of Zalizne on Saturday, GDAL sources said.",
                        "publishedAt", "2040-02-06"))
                .when().post("/api/articles").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo(201), org.hamcrest.Matchers.equalTo(200)));
        String url = "OAPIF:" + root.toString().replaceAll("/$", "");

        Result list = run("ogrinfo", "-ro", "-so", url);
        assertEquals(0, list.exit(), list.output());
        assertTrue(list.output().contains("events"), list.output());

        Result layer = run("ogrinfo", "-ro", "-al", "-so", url, "events");
        assertEquals(0, layer.exit(), layer.output());
        assertTrue(layer.output().contains("Feature Count"), layer.output());

        Result features = run("ogrinfo", "-ro", "-al", url, "events");
        assertEquals(0, features.exit(), features.output());
        assertTrue(features.output().contains("Zalizne"), features.output());
    }

    record Result(int exit, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static boolean onPath(String program) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        return dirs.stream().anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }
}
