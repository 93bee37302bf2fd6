package org.chronomap.events.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** A submitted article, kept verbatim: event sources point into {@link #text} by code point offsets. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    @Column(nullable = false)
    public String text;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    @Column(name = "published_at_inferred", nullable = false)
    public boolean publishedAtInferred;

    public String source;

    public String url;

    @Column(name = "ingested_at", nullable = false)
    public OffsetDateTime ingestedAt;

    /** True while the geo-service has not geoparsed this article; its events' places are stand-ins. */
    @Column(name = "places_pending", nullable = false)
    public boolean placesPending;

    /** The summaries of the stored articles among {@code ids}, read without their texts. */
    public static List<ArticleSummary> summaries(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select new org.chronomap.events.article.ArticleSummary(a.id, a.title, "
                        + "a.publishedAt, a.publishedAtInferred, a.source, a.url) from Article a where a.id in :ids "
                        + "order by a.id", ArticleSummary.class)
                .setParameter("ids", ids).getResultList();
    }
}
