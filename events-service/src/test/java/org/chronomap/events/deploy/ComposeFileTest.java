package org.chronomap.events.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Docker engine runs where we build, so docker-compose.yml is kept honest here: each service's
 * published port is the port it listens on, every variable it is given is one the service reads,
 * its Dockerfile exists, it has a health check, and it waits for what it depends on to be healthy.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static JsonNode services;

    /**
     * Quarkus' own settings that compose may set without the module's application.properties
     * naming them (production values come only from the environment).
     */
    private static final Set<String> QUARKUS_RUNTIME_VARIABLES = Set.of("QUARKUS_HTTP_PORT",
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");

    @BeforeAll
    static void parse() throws IOException {
        services = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile())
                .get("services");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"events-service", "geo-service", "frontend"})
    void serviceMatchesItsConfiguration(String module) throws IOException {
        JsonNode service = services.get(module);
        assertTrue(service != null, module + " is in docker-compose.yml");
        Properties config = applicationProperties(module);

        String port = config.getProperty("quarkus.http.port");
        assertEquals(port + ":" + port, service.get("ports").get(0).asText(), module + " publishes its own port");
        assertEquals(port, service.get("environment").get("QUARKUS_HTTP_PORT").asText());

        Set<String> known = new HashSet<>(QUARKUS_RUNTIME_VARIABLES);
        for (String name : config.stringPropertyNames()) {
            known.add(toEnvironmentName(name.replaceFirst("^%[a-z-]+\\.", "")));
        }
        for (Iterator<String> names = service.get("environment").fieldNames(); names.hasNext(); ) {
            String variable = names.next();
            assertTrue(known.contains(variable), module + " does not read " + variable);
        }

        assertTrue(Files.exists(ROOT.resolve(service.get("build").get("dockerfile").asText())),
                module + "'s Dockerfile exists");
        assertTrue(service.get("healthcheck").get("test").toString().contains("/q/health/ready"),
                module + " is health-checked on readiness");
        JsonNode dependsOn = service.get("depends_on");
        if (dependsOn != null) {
            for (Iterator<String> names = dependsOn.fieldNames(); names.hasNext(); ) {
                String dependency = names.next();
                assertTrue(services.has(dependency), dependency + " is a service");
                assertEquals("service_healthy", dependsOn.get(dependency).get("condition").asText());
                assertTrue(services.get(dependency).has("healthcheck"), dependency + " has a health check");
            }
        }
    }

    @ParameterizedTest(name = "{0} reaches {1} at {2}")
    @CsvSource({"events-service, CHRONOMAP_GEO_URL, geo-service",
            "frontend, CHRONOMAP_EVENTS_URL, events-service",
            "frontend, CHRONOMAP_GEO_URL, geo-service"})
    void serviceUrlsPointAtTheRightPorts(String module, String variable, String target) throws IOException {
        String port = applicationProperties(target).getProperty("quarkus.http.port");
        assertEquals("http://" + target + ":" + port, services.get(module).get("environment").get(variable).asText());
    }

    /** The MicroProfile Config rule: non-alphanumerics become '_', letters upper case. */
    static String toEnvironmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Properties applicationProperties(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
