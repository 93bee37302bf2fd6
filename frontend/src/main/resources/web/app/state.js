// The whole view state lives in the URL fragment, so a view can be shared and survives a reload:
//   w=window (brushed time interval)   t=timeline zoom domain   m=zoom/lat/lon of the map
//   c=categories shown   q=text   p=place   v=1 (only what is in view)   e=selected event id
// The fragment, unlike the query, never reaches the server: the page's HTML does not depend on it.

/** A day when the instant is midnight UTC (the common case), else minutes: short and readable URLs. */
function iso(t) {
  const text = new Date(t).toISOString();
  return text.endsWith('T00:00:00.000Z') ? text.slice(0, 10) : `${text.slice(0, 16)}Z`;
}

function parseInstant(text) {
  if (!text) return null;
  const t = Date.parse(text.includes('T') ? text : `${text}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

function parseInterval(text) {
  if (!text) return null;
  const [a, b] = text.split('~').map(parseInstant);
  return a != null && b != null && a < b ? [a, b] : null;
}

export function readState(hash) {
  const params = new URLSearchParams((hash || '').replace(/^#/, ''));
  const map = (params.get('m') || '').split('/').map(Number);
  const categories = params.get('c');
  return {
    window: parseInterval(params.get('w')),
    zoom: parseInterval(params.get('t')),
    map: map.length === 3 && map.every(Number.isFinite) ? { zoom: map[0], lat: map[1], lon: map[2] } : null,
    categories: categories == null ? null : new Set(categories.split(',').filter(Boolean)),
    q: params.get('q') || '',
    place: params.get('p') || '',
    inview: params.get('v') === '1',
    selected: params.get('e') || null,
  };
}

export function stateToHash(state) {
  const params = new URLSearchParams();
  if (state.window) params.set('w', `${iso(state.window[0])}~${iso(state.window[1])}`);
  if (state.zoom) params.set('t', `${iso(state.zoom[0])}~${iso(state.zoom[1])}`);
  if (state.map) params.set('m', `${state.map.zoom}/${state.map.lat.toFixed(4)}/${state.map.lon.toFixed(4)}`);
  if (state.categories) params.set('c', [...state.categories].join(','));
  if (state.q) params.set('q', state.q);
  if (state.place) params.set('p', state.place);
  if (state.inview) params.set('v', '1');
  if (state.selected) params.set('e', state.selected);
  return params.toString();
}

let pending = null;

/** replaceState, not pushState: panning must not fill the back button with hundreds of entries. */
export function writeState(state) {
  if (pending) clearTimeout(pending);
  pending = setTimeout(() => {
    pending = null;
    const hash = stateToHash(state);
    history.replaceState(null, '', hash ? `#${hash}` : `${location.pathname}${location.search}`);
  }, 120);
}
