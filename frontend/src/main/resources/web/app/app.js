import 'leaflet/dist/leaflet.css';
import './app.css';
import { prepare, matchesFilters, inWindow, inBounds, formatDay, CATEGORIES } from './model.js';
import { readState, writeState } from './state.js';
import { Timeline } from './timeline.js';
import { EventMap } from './map.js';
import { renderDetail } from './detail.js';
import { renderList, highlightInList } from './list.js';
import { el, clear } from './dom.js';
import { settle } from './measure.js';

const $ = id => document.getElementById(id);

function measured(name, work) {
  const started = performance.now();
  work();
  settle(name, started);
}

async function loadEvents() {
  const response = await fetch('/data/events', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = `The events could not be loaded (HTTP ${response.status}).`;
    try {
      detail = (await response.json()).detail || detail;
    } catch { /* keep the generic message */ }
    throw new Error(detail);
  }
  const data = await response.json();
  return { events: data.events || [], articles: data.articles || {} };
}

function showNotice(text) {
  const notice = $('script-notice');
  notice.textContent = text;
  notice.hidden = false;
}

async function main() {
  let data;
  try {
    data = await loadEvents();
  } catch (e) {
    // The server-rendered list (or its notice) stays as it is: the page remains readable.
    showNotice(e.message);
    document.body.dataset.ready = 'error';
    return;
  }
  const events = prepare(data.events, data.articles);
  const byId = new Map(events.map(e => [e.id, e]));
  const state = readState(location.hash);
  if (state.categories) state.categories = new Set([...state.categories].filter(c => CATEGORIES.includes(c)));
  if (state.selected && !byId.has(state.selected)) state.selected = null;
  let bounds = null;
  let timelineSet = events;
  let started = false;

  $('workspace').hidden = false;
  document.body.classList.add('interactive');
  const list = $('event-list');
  const countLine = $('list-count');
  const detail = $('detail');
  const windowLine = $('window-line');

  // Filters: restore, then listen.
  const categoryBoxes = [...document.querySelectorAll('#legend input[name="category"]')];
  categoryBoxes.forEach(box => { box.checked = !state.categories || state.categories.has(box.value); });
  $('filter-text').value = state.q;
  $('filter-place').value = state.place;
  $('filter-inview').checked = state.inview;
  const placeNames = [...new Set(events.flatMap(e => (e.places || []).map(p => p.name)).filter(Boolean))].sort();
  const datalist = $('place-names');
  placeNames.slice(0, 500).forEach(name => datalist.appendChild(el('option', { value: name })));

  const timeline = new Timeline($('timeline'), {
    onSelect: select,
    onWindow: (w, final) => {
      state.window = w;
      // While the brush moves, the map follows at once; the list (mostly below the fold) catches up when it stops.
      measured('chronomap:brush', () => update({ timeline: false, list: final }));
      if (final) writeState(state);
    },
    onZoom: domain => {
      state.zoom = domain;
      writeState(state);
    },
    onStep: step,
  });
  const map = new EventMap($('map'), {
    onSelect: select,
    onMove: view => {
      // Leaflet reports its first view while it is being built, before there is anything to update.
      if (!started) return;
      bounds = view.bounds;
      state.map = view.center;
      if (state.inview) update({ map: false, list: false });
      writeState(state);
    },
    tileUrl: document.body.dataset.tileUrl,
    tileAttribution: document.body.dataset.tileAttribution,
  });

  function windowText() {
    clear(windowLine);
    const from = el('input', { type: 'date', id: 'window-from', 'aria-label': 'Window start' });
    const to = el('input', { type: 'date', id: 'window-to', 'aria-label': 'Window end' });
    if (state.window) {
      from.value = formatDay(state.window[0]);
      to.value = formatDay(state.window[1] - 1);
    }
    const apply = () => {
      const a = Date.parse(`${from.value}T00:00:00Z`);
      const b = Date.parse(`${to.value}T00:00:00Z`);
      if (!Number.isNaN(a) && !Number.isNaN(b) && a <= b) {
        state.window = [a, b + 86400000];
        timeline.setWindow(state.window);
        update({ timeline: false });
        writeState(state);
      }
    };
    from.addEventListener('change', apply);
    to.addEventListener('change', apply);
    const clearButton = el('button', { type: 'button', class: 'button', id: 'clear-window' }, 'Whole period');
    clearButton.disabled = !state.window;
    clearButton.addEventListener('click', () => {
      state.window = null;
      timeline.setWindow(null);
      update({ timeline: false });
      writeState(state);
    });
    windowLine.append(
      el('span', {}, state.window ? 'Map shows the window' : 'Map shows the whole period'),
      el('label', {}, 'from', from), el('label', {}, 'to', to), clearButton);
  }

  /** Recomputes what each view shows; {timeline:false} or {map:false} skips a view the change cannot affect. */
  let baseKey = null;
  let base = events;
  /** The category/text/place selection, recomputed only when those filters change (the timeline keys its layout on it). */
  function currentBase() {
    const key = JSON.stringify([state.categories ? [...state.categories].sort() : null, state.q, state.place]);
    if (key !== baseKey) {
      baseKey = key;
      base = events.filter(e => matchesFilters(e, state));
    }
    return base;
  }

  function update(only = {}) {
    const base = currentBase();
    timelineSet = state.inview && bounds ? base.filter(e => inBounds(e, bounds)) : base;
    if (only.timeline !== false) timeline.setEvents(base, timelineSet);
    if (only.map !== false) map.setEvents(base.filter(e => inWindow(e, state.window)));
    if (only.list === false) {
      scheduleList();
    } else {
      renderListNow();
    }
    if (document.activeElement === null || !windowLine.contains(document.activeElement)) windowText();
  }

  function renderListNow() {
    const listed = timelineSet.filter(e => inWindow(e, state.window));
    renderList(list, countLine, listed, events.length, state.selected, select);
  }

  let listTimer = null;
  function scheduleList() {
    if (listTimer) clearTimeout(listTimer);
    listTimer = setTimeout(() => {
      listTimer = null;
      renderListNow();
    }, 150);
  }

  function select(id, origin) {
    state.selected = id;
    const event = id && byId.get(id);
    // A view restored from the URL already shows what it showed: revealing would move it.
    timeline.setSelected(id, origin !== 'timeline' && origin !== 'url');
    map.setSelected(id, origin !== 'map' && origin !== 'url');
    highlightInList(list, null, id);
    if (event) {
      renderDetail(detail, event, () => select(null, 'detail'));
      if (origin === 'list') detail.scrollIntoView({ block: 'nearest' });
    } else {
      clear(detail);
      detail.removeAttribute('data-event-id');
      detail.appendChild(el('p', { class: 'detail-empty' },
        'Select an event on the timeline, the map or the list to read its sources.'));
    }
    writeState(state);
  }

  function step(direction) {
    if (!timelineSet.length) return;
    const at = timelineSet.findIndex(e => e.id === state.selected);
    let next;
    if (direction === Infinity) next = timelineSet.length - 1;
    else if (direction === -Infinity || at < 0) next = direction > 0 || direction === -Infinity ? 0 : timelineSet.length - 1;
    else next = Math.min(timelineSet.length - 1, Math.max(0, at + direction));
    select(timelineSet[next].id, 'keyboard');
    windowLine.dataset.announce = timelineSet[next].title;
  }

  function readFilters() {
    const checked = categoryBoxes.filter(b => b.checked).map(b => b.value);
    state.categories = checked.length === categoryBoxes.length ? null : new Set(checked);
    state.q = $('filter-text').value.trim();
    state.place = $('filter-place').value.trim();
    state.inview = $('filter-inview').checked;
    update();
    writeState(state);
  }
  $('filters').addEventListener('input', readFilters);
  $('filters').addEventListener('submit', e => e.preventDefault());
  $('reset-view').addEventListener('click', () => {
    categoryBoxes.forEach(b => { b.checked = true; });
    $('filter-text').value = '';
    $('filter-place').value = '';
    $('filter-inview').checked = false;
    Object.assign(state, { categories: null, q: '', place: '', inview: false, window: null, zoom: null });
    timeline.setWindow(null);
    timeline.setExtent(events);
    map.fitEvents(events);
    readFilters();
    select(null, 'reset');
  });

  // First render, in the order that restores a shared view exactly.
  started = true;
  measured('chronomap:first-render', () => {
    timeline.setExtent(events);
    const focus = state.zoom || timeline.focusPeriod(events);
    if (focus) timeline.setDomain(focus);
    if (state.window) timeline.setWindow(state.window);
    if (state.map) map.setView(state.map);
    else map.fitEvents(events);
    const view = map.view();
    bounds = view.bounds;
    update();
    if (state.selected) select(state.selected, 'url');
  });
  document.body.dataset.ready = 'true';
  performance.mark('chronomap:ready');
}

main();
