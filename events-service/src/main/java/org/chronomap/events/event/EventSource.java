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

/** The sentence (or clause) of one article that reports an event. */
@Entity
@Table(name = "event_source")
public class EventSource extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    /** 0-based Unicode code point offset into the article text. */
    @Column(name = "start_offset", nullable = false)
    public int start;

    /** Code point offset, exclusive. */
    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false)
    public String text;

    /** Who the article says reports or claims it ("Kyiv", "the Russian army", "AP"); null when asserted. */
    public String attribution;

    /** Figures this source gives, one per line ("at least 18 firefighters injured"); null when none. */
    public String figures;
}
