package org.chronomap.events.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.chronomap.common.rest.QueryParameters;
import org.chronomap.events.article.Article;
import org.chronomap.events.article.ArticleId;
import org.chronomap.events.article.ArticleService;
import org.chronomap.events.event.EventRepository;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    /** Longest accepted article text, in UTF-8 bytes (1 MiB). */
    public static final int MAX_TEXT_BYTES = 1 << 20;

    @Inject
    ArticleService articles;

    @Inject
    EventRepository events;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Valid @NotNull(message = "a JSON body is required") ArticleRequest request,
                           UriInfo uri) {
        if (request.text().isBlank()) {
            throw new BadRequestException("'text' must not be empty.");
        }
        if (request.text().getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new WebApplicationException("'text' is longer than 1 MiB; split the article.", 413);
        }
        var submission = new ArticleService.Submission(request.title(), request.text(),
                PublicationDate.parse("publishedAt", request.publishedAt()), request.source(), request.url());
        ArticleService.Ingested ingested = articles.ingest(submission);
        ArticleView view = ArticleView.from(ingested.article(), ingested.events());
        if (!ingested.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    /**
     * The most article ids one summaries request may name: 100 ids of 33 characters keep the request line
     * well under the HTTP server's 4,096-character limit, beyond which it answers 414 before any route.
     */
    public static final int MAX_SUMMARY_IDS = 100;

    /**
     * What a reader needs to judge the sources of many events at once ({@code ?ids=a,b,c}): each known
     * article's metadata, without its text or events; unknown ids are left out. An extension to the
     * contract, for clients such as the frontend that would otherwise read each article whole.
     */
    @GET
    public ArticleSummaries summaries(@QueryParam("ids") String ids, UriInfo uri) {
        QueryParameters.requireKnown(uri, Set.of("ids"));
        if (ids == null || ids.isBlank()) {
            throw new BadRequestException("'ids' is required: a comma-separated list of article ids.");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : ids.split(",", -1)) {
            String trimmed = id.strip();
            if (!ArticleId.isWellFormed(trimmed)) {
                throw new BadRequestException("'ids' holds something that is not an article id (32 lower-case hex digits).");
            }
            wanted.add(trimmed);
        }
        if (wanted.size() > MAX_SUMMARY_IDS) {
            throw new BadRequestException("'ids' names more than " + MAX_SUMMARY_IDS + " articles; ask in batches.");
        }
        return new ArticleSummaries(Article.summaries(wanted));
    }

    @GET
    @Path("{id}")
    public ArticleView get(@PathParam("id") String id) {
        Article article = find(id);
        return ArticleView.from(article, events.viewsOfArticle(article.id));
    }

    @GET
    @Path("{id}/events")
    public List<EventView> eventsOf(@PathParam("id") String id) {
        return events.viewsOfArticle(find(id).id);
    }

    private static Article find(String id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw new NotFoundException("No article with id '" + id + "'.");
        }
        return article;
    }
}
