package org.chronomap.events.article;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.chronomap.events.config.ChronomapConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Loads the demo articles ({@code seeds/}, bundled in the jar) on start-up through the same path as
 * {@code POST /api/articles}. Ingest is idempotent by content, so a restart adds nothing.
 */
@ApplicationScoped
public class SeedIngester {

    private static final Logger LOG = Logger.getLogger(SeedIngester.class);

    @Inject
    ChronomapConfig config;

    @Inject
    ArticleService articles;

    @Inject
    ObjectMapper json;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Seed(String file, String title, String outlet,
                @JsonProperty("publication_date") LocalDate publicationDate) {
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.ingestSeeds()) {
            return;
        }
        // Off the start-up thread: the HTTP port and readiness must not wait for extraction.
        CompletableFuture.runAsync(this::ingestAll).exceptionally(failure -> {
            LOG.error("Seed ingestion failed", failure);
            return null;
        });
    }

    public int ingestAll() {
        int created = 0;
        List<Seed> seeds = readIndex();
        for (Seed seed : seeds) {
            String text = read(seed.file());
            var submission = new ArticleService.Submission(seed.title(), text, seed.publicationDate(),
                    seed.outlet(), null);
            if (articles.ingest(submission).created()) {
                created++;
            }
        }
        LOG.infof("Seed articles: %d found, %d newly ingested", seeds.size(), created);
        return created;
    }

    private List<Seed> readIndex() {
        try (InputStream in = open("seeds.json")) {
            return json.readValue(in, new TypeReference<List<Seed>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seeds.json", e);
        }
    }

    private String read(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed " + file, e);
        }
    }

    private InputStream open(String name) throws IOException {
        if (config.seedsDir().isPresent()) {
            return Files.newInputStream(config.seedsDir().get().resolve(name));
        }
        InputStream in = SeedIngester.class.getClassLoader().getResourceAsStream("seeds/" + name);
        if (in == null) {
            throw new IOException("seeds/" + name + " is not on the classpath");
        }
        return in;
    }
}
