package org.chronomap.events.postgres;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.chronomap.events.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations and the repository queries on PostgreSQL, the production database. CI always
 * sets CHRONOMAP_TEST_PG_URL; a developer without a local server skips these.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = "CHRONOMAP_TEST_PG_URL", matches = ".+")
class PostgresRepositoryTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void runsOnPostgresWithTheFlywaySchema() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "event_source", null)) {
                assertTrue(tables.next(), "Flyway created event_source");
            }
            try (ResultSet history = connection.createStatement()
                    .executeQuery("select count(*) from flyway_schema_history where success")) {
                history.next();
                assertTrue(history.getInt(1) >= 1);
            }
        }
    }

    @Test
    void articlesAreStoredOnceAndEventQueriesRun() {
        String text = "The ministry said on Monday that a depot was struck. " + UUID.randomUUID();
        Map<String, Object> body = Map.of("text", text, "publishedAt", "2024-08-19");
        String id = given().contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(200).body("id", equalTo(id));
        assertEquals(1L, Article.count("id", id));

        given().when().get("/api/events?from=2024-08-01&to=2024-08-31&bbox=170,-10,-170,10&category=attack"
                        + "&place=703448&q=50%25_off&limit=5")
                .then().statusCode(200)
                .body("events", notNullValue());
        given().when().get("/api/articles/" + id + "/events").then().statusCode(200);
    }
}
