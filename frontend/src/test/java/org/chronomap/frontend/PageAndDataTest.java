package org.chronomap.frontend;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.chronomap.frontend.support.StubbedEventsService;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = StubbedEventsService.class, restrictToAnnotatedClass = true)
class PageAndDataTest {

    /** The fixture's events by start date (then id): the order every view must show. */
    static final List<String> CHRONOLOGICAL = List.of("ev-xss", "ev-evacuation", "ev-bridge-2", "ev-control");

    @Test
    void pageListsEveryEventOldestFirstWithItsSources() {
        String html = given().when().get("/")
                .then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();
        assertEquals(CHRONOLOGICAL, listedIds(html));
        assertTrue(html.contains("Kyiv said on Sunday that its forces had destroyed a second bridge"), "source sentence");
        assertTrue(html.contains("According to Kyiv"), "attribution");
        assertTrue(html.contains("href=\"https://example.org/news/kursk-bridges\""), "article link");
        assertTrue(html.contains("The Kyiv Independent"), "outlet");
        assertTrue(html.contains("“on Sunday”"), "date as written");
        assertTrue(html.contains("about 2024-08-06 – 2024-08-18"), "approximate range resolved");
    }

    /** The ids of the no-script list's events, in the order the page lists them. */
    static List<String> listedIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<li class=\"event-item\" data-event-id=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void untrustedTextIsEscapedAndUnsafeLinksDropped() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        assertFalse(html.contains("<script>window"), "no script from data");
        assertFalse(html.contains("<img src=x"), "no element from data");
        assertFalse(html.contains("javascript:"), "no javascript: link");
        assertTrue(html.contains("Talks &lt;script&gt;window.__pwned=6&lt;/script&gt;"), "title shown as text");
    }

    @Test
    void pageSendsAContentSecurityPolicyWithoutInlineScripts() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void dataEndpointSendsEventsInDateOrderAndEachCitedArticleOnce() {
        String kursk = "article-kursk";
        String xss = "article-xss";
        given().when().get("/data/events")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("total", equalTo(4))
                .body("events.id", contains(CHRONOLOGICAL.toArray()))
                .body("events[2].sources[0].articleId", equalTo(kursk))
                .body("events[2].sources[0].text", startsWith("Kyiv said on Sunday"))
                .body("articles.keySet()", containsInAnyOrder(kursk, xss))
                .body("articles.'" + kursk + "'.title", equalTo("Ukraine destroys second bridge in Kursk region"))
                .body("articles.'" + kursk + "'.outlet", equalTo("The Kyiv Independent"))
                .body("articles.'" + kursk + "'.url", equalTo("https://example.org/news/kursk-bridges"))
                .body("articles.'" + kursk + "'.publishedAt", equalTo("2024-08-19"))
                .body("events[2].date.articleDate", equalTo("2024-08-19"))
                .body("events[2].geometry.type", equalTo("LineString"))
                .body("events[0].sources[0].articleId", equalTo(xss))
                .body("articles.'" + xss + "'.url", equalTo(null));
    }

    @Test
    void unknownQueryParameterIsA400Problem() {
        given().when().get("/data/events?bbbox=1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("bbbox"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().when().get("/data/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("/data/nothing-here"));
        given().when().get("/no/such/page")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    /** The request announces a body over the limit and sends none of it: refused before reading. */
    @Test
    void oversizedBodyIsA413Problem() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /data/events HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1048576\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line.toLowerCase()).append('\n');
            }
            org.junit.jupiter.api.Assertions.assertTrue(statusLine.startsWith("HTTP/1.1 413"), statusLine);
            org.junit.jupiter.api.Assertions.assertTrue(head.toString().contains("content-type: application/problem+json"),
                    head.toString());
        }
    }

    @Test
    void unexpectedFailureIsA500ProblemWithoutInternals() {
        String body = given().when().get("/test-only/failure")
                .then().statusCode(500).contentType("application/problem+json")
                .body("status", equalTo(500))
                .body("detail", notNullValue())
                .extract().asString();
        assertFalse(body.contains("IllegalStateException"), body);
        assertFalse(body.contains("org.chronomap"), body);
        assertFalse(body.contains("secret"), body);
    }

    @Test
    void readyWhenTheEventsServiceAnswers() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'events-service' }.status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheDataEndpoint() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/data/events'", notNullValue());
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void bundledScriptIsLinkedFromThePage() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher script = Pattern.compile("<script[^>]+src=\"([^\"]+)\"").matcher(html);
        assertTrue(script.find(), "the page links its bundled script");
        given().when().get(script.group(1)).then().statusCode(200);
    }
}
