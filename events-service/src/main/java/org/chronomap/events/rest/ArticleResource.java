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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.chronomap.events.article.Article;
import org.chronomap.events.article.ArticleService;
import org.chronomap.events.event.EventRepository;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
