package org.chronomap.events.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import org.chronomap.events.extract.ExtractedEvent;
import org.chronomap.events.extract.event.Category;
import org.chronomap.events.event.Event;
import org.chronomap.events.event.EventPlace;
import org.chronomap.events.event.EventSource;
import org.chronomap.events.place.PlaceDraft;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Stores an article's events, merging each with a stored event of the same happening from another
 * article when {@link EventMatcher} says so. Runs inside the caller's transaction (the article's
 * ingest), so an article and its events commit together.
 */
@ApplicationScoped
public class EventMerger {

    /**
     * Stored events compared per new event at most: those of the category whose dates intersect, the likeliest
     * first ({@link #candidateKeys}).
     */
    private static final int MAX_CANDIDATES = 200;
    private static final int MAX_SIGNATURE_CHARS = 4000;

    /** @return the stored events the article's events became (new or merged into), in text order */
    public List<Event> store(String articleId, List<ExtractedEvent> extracted) {
        List<Event> stored = new ArrayList<>();
        Set<String> ownIds = new LinkedHashSet<>();
        for (List<ExtractedEvent> group : ArticleCollapser.collapse(extracted)) {
            ExtractedEvent primary = ArticleCollapser.primary(group);
            Event target = findSame(primary, ownIds);
            if (target == null) {
                target = create(primary);
            } else {
                absorb(target, primary);
            }
            for (ExtractedEvent member : group) {
                addSource(target, articleId, member);
                addPlaces(target, articleId, member);
            }
            ownIds.add(target.id);
            if (!stored.contains(target)) {
                stored.add(target);
            }
        }
        return stored;
    }

    private Event findSame(ExtractedEvent event, Set<String> ownIds) {
        MergeKey key = MergeKey.of(event);
        // Attack and battle may merge with each other (EventMatcher), so both are candidates for either.
        Category related = event.category() == Category.ATTACK ? Category.BATTLE
                : event.category() == Category.BATTLE ? Category.ATTACK : event.category();
        String bestId = null;
        double bestScore = 0;
        for (Map.Entry<String, MergeKey> candidate : candidateKeys(key, related, ownIds).entrySet()) {
            double score = EventMatcher.similarity(candidate.getValue(), key);
            if (score > bestScore) {
                bestScore = score;
                bestId = candidate.getKey();
            }
        }
        return bestId == null ? null : Event.findById(bestId);
    }

    /**
     * The merge keys of the stored events of the key's category (or the related one) whose dates intersect
     * the key's and whose wording does not rule them out ({@link EventMatcher#wordingAllows}), by event id,
     * read as plain values. Loading the candidates as entities (with their sources and places) made them managed, so
     * every later query of the ingest transaction dirty-checked hundreds of them. The article's own
     * events ({@code ownIds}) are left out: {@link ArticleCollapser} already told them apart.
     * <p>
     * The queries do not flush the transaction's pending inserts first (flush mode COMMIT): what is
     * pending belongs to the article's own events, which are left out anyway, and a flush before every
     * query cascaded over every managed event of the transaction. The location and speaker, which only
     * the full comparison needs, are read for the few candidates whose wording is close enough.
     */
    private static Map<String, MergeKey> candidateKeys(MergeKey key, Category related, Set<String> ownIds) {
        EntityManager em = Event.getEntityManager();
        // Two single values rather than a list: Hibernate caches the SQL of a query without list parameters.
        List<Object[]> rows = em.createQuery("select e.id, e.category, e.dateStart, e.dateEnd, e.locationGeonameId,"
                        + " e.lat, e.lon, e.signature, e.dateBasis from Event e where (e.category = :category"
                        + " or e.category = :related) and e.dateStart <= :end and e.dateEnd >= :start"
                        // beyond the cap, the likeliest first: the same interval, then the same first day, then
                        // the latest; a fixed order, so which events are compared never depends on the database
                        + " order by case when e.dateStart = :start and e.dateEnd = :end then 0"
                        + " when e.dateStart = :start then 1 else 2 end, e.dateStart desc, e.id", Object[].class)
                .setParameter("category", key.category().code()).setParameter("related", related.code())
                .setParameter("end", key.end()).setParameter("start", key.start())
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(MAX_CANDIDATES).getResultList();
        Map<String, Object[]> close = new LinkedHashMap<>();
        Map<String, Set<String>> signatures = new HashMap<>();
        for (Object[] r : rows) {
            String id = (String) r[0];
            Set<String> signature = signatureSet((String) r[7]);
            if (!ownIds.contains(id) && EventMatcher.wordingAllows(signature, key.signature())) {
                close.put(id, r);
                signatures.put(id, signature);
            }
        }
        if (close.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(close.keySet());
        // The event's first located place and its first source, by id: where it is and who reports it.
        // In SQL: the id list varies in length, and Hibernate would translate such a query anew every time.
        Map<String, Object[]> locations = new HashMap<>();
        rows(em.createNativeQuery("select p.event_id, p.country_code, p.feature_code from event_place p"
                + " where p.event_id in (:ids) and p.role = :role and p.lat is not null order by p.id")
                .setParameter("ids", ids).setParameter("role", PlaceDraft.LOCATION))
                .forEach(r -> locations.putIfAbsent((String) r[0], r));
        Map<String, String> speakers = new HashMap<>();
        Set<String> seen = new HashSet<>();
        rows(em.createNativeQuery("select s.event_id, s.attribution from event_source s where s.event_id in (:ids)"
                + " order by s.id").setParameter("ids", ids))
                .forEach(r -> {
                    if (seen.add((String) r[0]) && r[1] != null) {
                        speakers.put((String) r[0], (String) r[1]);
                    }
                });
        Map<String, MergeKey> keys = new LinkedHashMap<>();
        close.forEach((id, r) -> {
            Object[] location = locations.get(id);
            keys.put(id, new MergeKey(category((String) r[1]), (LocalDate) r[2], (LocalDate) r[3], (Long) r[4],
                    (Double) r[5], (Double) r[6], location == null ? null : (String) location[1],
                    location == null ? null : (String) location[2], signatures.get(id),
                    "text".equals(r[8]), speakers.get(id)));
        });
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    private static Set<String> signatureSet(String signature) {
        return signature == null || signature.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(signature.split(" ")));
    }

    private static Category category(String code) {
        return Category.valueOf(code.toUpperCase().replace('-', '_'));
    }

    private Event create(ExtractedEvent e) {
        Event event = new Event();
        event.id = UUID.randomUUID().toString();
        event.title = e.title();
        event.category = e.category().code();
        setDate(event, e);
        setLocation(event, e);
        event.signature = signature(e.signature());
        event.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.persist();
        return event;
    }

    /** A later report keeps the event's title, narrows its date when it is more precise, adds wording. */
    private void absorb(Event event, ExtractedEvent e) {
        boolean textBased = e.date().basis().equals("text");
        long days = e.date().days();
        long current = event.dateEnd.toEpochDay() - event.dateStart.toEpochDay() + 1;
        if (textBased && (!"text".equals(event.dateBasis) || days < current)) {
            setDate(event, e);
        }
        if (event.lat == null && e.location() != null && e.location().hasPoint()) {
            setLocation(event, e);
        }
        Set<String> merged = new TreeSet<>(signatureSet(event.signature));
        merged.addAll(e.signature());
        event.signature = signature(merged);
    }

    /** The real places of a report whose places were stand-ins while the geo-service was down. */
    public void resolvePlaces(Event event, String articleId, ExtractedEvent e) {
        if (event.lat == null) {
            setLocation(event, e);
            if (e.location() != null && e.location().name() != null && !event.title.contains(e.location().name())) {
                event.title = event.title + " in " + e.location().name();
            }
        }
        addPlaces(event, articleId, e);
    }

    private static void setDate(Event event, ExtractedEvent e) {
        event.dateStart = e.date().start();
        event.dateEnd = e.date().end();
        event.precision = e.date().precision();
        event.approximate = e.date().approximate();
        event.asWritten = truncate(e.date().asWritten(), 500);
        event.dateBasis = e.date().basis();
    }

    private static void setLocation(Event event, ExtractedEvent e) {
        PlaceDraft location = e.location();
        if (location != null && location.hasPoint()) {
            event.lat = location.lat();
            event.lon = location.lon();
            event.locationGeonameId = location.geonameId();
            event.geometry = e.geometry();
        }
    }

    private static void addSource(Event event, String articleId, ExtractedEvent e) {
        for (EventSource existing : event.sources) {
            if (existing.articleId.equals(articleId) && existing.start == e.start()) {
                return;
            }
        }
        EventSource source = new EventSource();
        source.event = event;
        source.articleId = articleId;
        source.start = e.start();
        source.end = e.end();
        source.text = e.sourceText();
        source.attribution = truncate(e.attribution(), 500);
        source.figures = e.figures().isEmpty() ? null : truncate(String.join("\n", e.figures()), 4000);
        event.sources.add(source);
    }

    private static void addPlaces(Event event, String articleId, ExtractedEvent e) {
        for (PlaceDraft draft : e.places()) {
            boolean known = event.places.stream().anyMatch(p -> draft.geonameId() != null
                    ? draft.geonameId().equals(p.geonameId) : p.geonameId == null && p.name.equalsIgnoreCase(draft.name()));
            if (known) {
                continue;
            }
            boolean hasLocation = event.places.stream().anyMatch(p -> p.role.equals(PlaceDraft.LOCATION));
            EventPlace place = new EventPlace();
            place.event = event;
            place.name = truncate(draft.name(), 500);
            place.geonameId = draft.geonameId();
            place.countryCode = draft.countryCode();
            place.featureCode = truncate(draft.featureCode(), 10);
            place.lat = draft.lat();
            place.lon = draft.lon();
            place.role = hasLocation ? PlaceDraft.MENTIONED : draft.role();
            place.resolution = draft.resolution();
            place.articleId = articleId;
            place.start = draft.start();
            place.end = draft.end();
            event.places.add(place);
        }
    }

    private static String signature(Set<String> lemmas) {
        String joined = String.join(" ", lemmas);
        return joined.length() <= MAX_SIGNATURE_CHARS ? joined
                : joined.substring(0, joined.lastIndexOf(' ', MAX_SIGNATURE_CHARS));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
