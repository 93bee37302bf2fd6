package org.chronomap.events.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

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
}
