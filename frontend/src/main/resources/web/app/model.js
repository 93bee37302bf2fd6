// Events as the page's scripts use them: the JSON of /data/events plus derived, precomputed fields
// (times in ms since the epoch, end exclusive; an anchor point for the map; lower-cased search text),
// so filtering 10,000 events on every brush or pan is a plain loop without parsing.
export const DAY = 86400000;

export const CATEGORIES = ['attack', 'battle', 'territorial-change', 'civilian-harm', 'evacuation', 'emergency',
  'diplomacy', 'other'];

function parseDay(value) {
  if (!value) return null;
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

function walkCoordinates(geometry, visit) {
  if (!geometry) return;
  const walk = c => {
    if (typeof c[0] === 'number') visit(c[0], c[1]);
    else c.forEach(walk);
  };
  if (geometry.type === 'GeometryCollection') geometry.geometries.forEach(g => walkCoordinates(g, visit));
  else if (geometry.coordinates) walk(geometry.coordinates);
}

/** [west, south, east, north] of a GeoJSON geometry, or null. */
export function bboxOf(geometry) {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  walkCoordinates(geometry, (x, y) => {
    if (x < w) w = x; if (x > e) e = x; if (y < s) s = y; if (y > n) n = y;
  });
  return w === Infinity ? null : [w, s, e, n];
}

function anchorOf(event, bbox) {
  const g = event.geometry;
  if (g && g.type === 'Point' && Array.isArray(g.coordinates)) return [g.coordinates[0], g.coordinates[1]];
  // For a shape, the place's own point (a label point from the gazetteer) beats the bbox centre: the
  // bbox of a country with islands across the antimeridian is centred on the other side of the world.
  const places = event.places || [];
  const location = places.find(p => p.role === 'location' && p.lat != null && p.lon != null);
  if (location) return [location.lon, location.lat];
  if (g && g.type === 'LineString' && g.coordinates.length) {
    // A river line's middle vertex lies on the line; a bbox centre may not.
    const c = g.coordinates[Math.floor(g.coordinates.length / 2)];
    return [c[0], c[1]];
  }
  if (bbox) return [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2];
  const mentioned = places.find(p => p.lat != null && p.lon != null);
  return mentioned ? [mentioned.lon, mentioned.lat] : null;
}

/**
 * The server sends each article once (`articles` by id); each source gets its title, outlet, link and
 * date back. The sources are fresh from JSON.parse and ours alone, so they are filled in place rather
 * than copied (20,000 copies for 10,000 events).
 */
function joinArticle(source, articles) {
  const article = Object.hasOwn(articles, source.articleId) ? articles[source.articleId] : null;
  if (article) {
    source.articleTitle = article.title;
    source.outlet = article.outlet;
    source.url = article.url;
    source.publishedAt = article.publishedAt;
  }
  return source;
}

export function prepare(raw, articles = {}) {
  return raw.map((e, index) => {
    const date = e.date || {};
    const start = parseDay(date.start);
    const end = parseDay(date.end) ?? start;
    const t0 = start ?? 0;
    const t1 = (end ?? t0) + DAY;
    const bbox = bboxOf(e.geometry);
    const anchor = anchorOf(e, bbox);
    const places = e.places || [];
    const sources = (e.sources || []).map(s => joinArticle(s, articles));
    return {
      ...e,
      sources,
      category: CATEGORIES.includes(e.category) ? e.category : 'other',
      index,
      t0,
      t1,
      point: t1 - t0 <= DAY,
      approximate: !!date.approximate,
      anchor,
      bbox: bbox || (anchor ? [anchor[0], anchor[1], anchor[0], anchor[1]] : null),
      isShape: !!(e.geometry && e.geometry.type !== 'Point'),
      text: [e.title, ...sources.map(s => s.text), ...sources.map(s => s.attribution),
        ...places.map(p => p.name)].filter(Boolean).join(' ').toLowerCase(),
      placeText: places.map(p => p.name || '').join('\n').toLowerCase(),
    };
  });
}

/** Category, text and place filters: the part of the view state that does not depend on the views. */
export function matchesFilters(event, state) {
  if (state.categories && !state.categories.has(event.category)) return false;
  if (state.q && !event.text.includes(state.q.toLowerCase())) return false;
  if (state.place && !event.placeText.includes(state.place.toLowerCase())) return false;
  return true;
}

/** An event belongs to a time window when its interval intersects it. */
export function inWindow(event, window) {
  return !window || (event.t1 > window[0] && event.t0 < window[1]);
}

/** Bounds are [west, south, east, north]; an event is in view when its bbox intersects them. */
export function inBounds(event, bounds) {
  if (!bounds) return true;
  const b = event.bbox;
  return !!b && b[2] >= bounds[0] && b[0] <= bounds[2] && b[3] >= bounds[1] && b[1] <= bounds[3];
}

export function formatDay(t) {
  return new Date(t).toISOString().slice(0, 10);
}

/** The resolved interval as a reader reads it. */
export function resolvedText(event) {
  const d = event.date || {};
  const text = !d.start ? 'date unknown' : (!d.end || d.end === d.start ? d.start : `${d.start} – ${d.end}`);
  return d.approximate ? `about ${text}` : text;
}
