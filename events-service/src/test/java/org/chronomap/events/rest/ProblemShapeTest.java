package org.chronomap.events.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error leaves as application/problem+json with status, title and an actionable detail. */
@QuarkusTest
class ProblemShapeTest {

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON).body("{bad")
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("not valid JSON"))
                .body("instance", equalTo("/api/articles"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"text\": 42}")
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'text'"));
    }

    @Test
    void missingRequiredFieldIs400() {
        given().contentType(ContentType.JSON).body("{\"title\": \"no text\"}")
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("text"));
    }

    @Test
    void unknownResourceIs404() {
        given().when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("/api/no-such-thing"));
    }

    @Test
    void unknownArticleIs404() {
        given().when().get("/api/articles/0123456789abcdef0123456789abcdef")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No article"));
    }

    @Test
    void overLongTextIs413() {
        String text = "a".repeat(ArticleResource.MAX_TEXT_BYTES + 1);
        given().contentType(ContentType.JSON).body("{\"text\":\"" + text + "\"}")
                .when().post("/api/articles")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("1 MiB"));
    }

    /**
     * A body over the transport limit is refused from its Content-Length before it is read: the
     * request announces 5 MiB and sends none of it, and the answer must still be a problem.
     */
    @Test
    void bodyOverTheTransportLimitIs413() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (5 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = readResponse(socket);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
            assertTrue(response.contains("\"status\":413"), response);
        }
    }

    /** Reads one HTTP response (head and Content-Length body) without waiting for the connection to close. */
    private static String readResponse(Socket socket) throws java.io.IOException {
        var in = new java.io.BufferedInputStream(socket.getInputStream());
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        var length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        given().when().get("/test-only/fail")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("status", equalTo(500))
                .body("detail", notNullValue())
                .body(allOf(not(containsString("IllegalStateException")), not(containsString("org.chronomap")),
                        not(containsString("at org.")), not(containsString("Secret"))));
    }

    @Test
    void unsupportedMediaTypeIs415() {
        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/api/articles")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }
}
