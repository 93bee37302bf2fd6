package org.chronomap.events.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A place an event happened at ({@code location}) or mentions ({@code mentioned}). */
@Entity
@Table(name = "event_place")
public class EventPlace extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(nullable = false)
    public String name;

    @Column(name = "geoname_id")
    public Long geonameId;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "feature_code")
    public String featureCode;

    public Double lon;

    public Double lat;

    @Column(nullable = false)
    public String role;

    /** {@code resolved}, or {@code pending} while the geo-service could not be reached. */
    @Column(nullable = false)
    public String resolution;

    /** Article and code point span (end exclusive) of the mention, kept to resolve a pending place. */
    @Column(name = "article_id")
    public String articleId;

    @Column(name = "start_offset")
    public Integer start;

    @Column(name = "end_offset")
    public Integer end;
}
