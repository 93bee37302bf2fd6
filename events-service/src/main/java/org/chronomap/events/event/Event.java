package org.chronomap.events.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A dated happening, possibly reported by several articles (one {@link EventSource} each). */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    /** At least the largest page the API serves (EventResource.MAX_LIMIT + 1). */
    static final int EVENT_PAGE_BATCH = 512;

    @Id
    public String id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String category;

    @Column(name = "date_start")
    public LocalDate dateStart;

    @Column(name = "date_end")
    public LocalDate dateEnd;

    /** One of {@code day, week, month, year, range}. */
    public String precision;

    @Column(nullable = false)
    public boolean approximate;

    @Column(name = "as_written")
    public String asWritten;

    /** Where the date came from: {@code text}, {@code paragraph}, or {@code publication}. */
    @Column(name = "date_basis")
    public String dateBasis;

    public Double lon;

    public Double lat;

    /** GeoJSON geometry of the location, or null when the event has no resolved place. */
    public String geometry;

    /** Space-separated normalised content lemmas of its reports; compared when merging. */
    public String signature;

    @Column(name = "location_geoname_id")
    public Long locationGeonameId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /**
     * Loaded for a whole page of events at once (one query per page, not one per event): an event list
     * always shows its sources and places.
     */
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @BatchSize(size = EVENT_PAGE_BATCH)
    @OrderBy("id")
    public List<EventSource> sources = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @BatchSize(size = EVENT_PAGE_BATCH)
    @OrderBy("id")
    public List<EventPlace> places = new ArrayList<>();
}
