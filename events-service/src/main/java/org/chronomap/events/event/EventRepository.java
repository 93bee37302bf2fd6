package org.chronomap.events.event;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chronomap.events.rest.EventView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads events for the API. Every filter value is a bound parameter: nothing is concatenated into HQL. */
@ApplicationScoped
public class EventRepository {

    /** Categories of the contract (shared/API.md). */
    public static final List<String> CATEGORIES = List.of("attack", "battle", "territorial-change",
            "civilian-harm", "evacuation", "emergency", "diplomacy", "other");

    /** The order of an article's events: by date, then id. */
    private static final Comparator<Event> ARTICLE_ORDER = Comparator
            .comparing((Event e) -> e.dateStart, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.id);

    @Transactional
    public List<EventView> viewsOfArticle(String articleId) {
        return views(Event.list("from Event e where exists (select 1 from EventSource s "
                + "where s.event = e and s.articleId = ?1)", articleId));
    }

    /**
     * The views of an article's events in the order {@link #viewsOfArticle} gives them; called inside the
     * transaction that loaded them, since their sources and places may not be loaded yet.
     */
    public static List<EventView> views(List<Event> events) {
        return events.stream().sorted(ARTICLE_ORDER).map(EventView::from).toList();
    }

    @Transactional
    public Optional<EventView> view(String id) {
        return Event.<Event>findByIdOptional(id).map(EventView::from);
    }

    /**
     * One page in the query's order (newest first unless asked otherwise); fetches {@code limit + 1} rows
     * to know whether another page follows.
     */
    @Transactional
    public Page search(EventQuery query) {
        Parameters params = new Parameters();
        StringBuilder hql = new StringBuilder("from Event e where ").append(where(query, params));
        boolean oldestFirst = query.order() == EventQuery.Order.OLDEST_FIRST;
        if (query.after() != null) {
            String beyond = oldestFirst ? ">" : "<";
            hql.append(" and (e.dateStart ").append(beyond).append(" :afterDate or (e.dateStart = :afterDate and e.id ")
                    .append(beyond).append(" :afterId))");
            params.and("afterDate", query.after().dateStart()).and("afterId", query.after().id());
        }
        hql.append(oldestFirst ? " order by e.dateStart asc, e.id asc" : " order by e.dateStart desc, e.id desc");
        List<Event> rows = Event.find(hql.toString(), params).page(0, query.limit() + 1).list();
        boolean more = rows.size() > query.limit();
        List<Event> page = more ? rows.subList(0, query.limit()) : rows;
        List<EventView> views = new ArrayList<>(page.size());
        page.forEach(event -> views.add(EventView.from(event)));
        EventQuery.Cursor next = more ? new EventQuery.Cursor(page.get(page.size() - 1).dateStart,
                page.get(page.size() - 1).id) : null;
        return new Page(views, next);
    }

    /** How many events match the filters (cursor and limit aside): OGC API's {@code numberMatched}. */
    @Transactional
    public long count(EventQuery query) {
        Parameters params = new Parameters();
        return Event.count("from Event e where " + where(query, params), params);
    }

    private static String where(EventQuery query, Parameters params) {
        StringBuilder hql = new StringBuilder("e.dateStart is not null");
        if (query.from() != null) {
            hql.append(" and e.dateEnd >= :from");
            params.and("from", query.from());
        }
        if (query.to() != null) {
            hql.append(" and e.dateStart <= :to");
            params.and("to", query.to());
        }
        if (query.bbox() != null) {
            EventQuery.BoundingBox box = query.bbox();
            hql.append(" and e.lat between :south and :north");
            params.and("south", box.south()).and("north", box.north());
            if (box.west() <= box.east()) {
                hql.append(" and e.lon between :west and :east");
            } else {
                hql.append(" and (e.lon >= :west or e.lon <= :east)");
            }
            params.and("west", box.west()).and("east", box.east());
        }
        if (query.categories() != null && !query.categories().isEmpty()) {
            hql.append(" and e.category in :categories");
            params.and("categories", query.categories());
        }
        if (query.placeGeonameId() != null) {
            hql.append(" and exists (select 1 from EventPlace p where p.event = e and p.geonameId = :place)");
            params.and("place", query.placeGeonameId());
        }
        if (query.text() != null && !query.text().isBlank()) {
            hql.append(" and (lower(e.title) like :text escape '\\' or exists (select 1 from EventSource s"
                    + " where s.event = e and lower(s.text) like :text escape '\\'))");
            params.and("text", "%" + escapeLike(query.text().toLowerCase()) + "%");
        }
        return hql.toString();
    }

    public record Page(List<EventView> events, EventQuery.Cursor next) {
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
