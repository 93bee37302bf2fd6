import * as L from 'leaflet';
import { el } from './dom.js';
import { settle } from './measure.js';

/**
 * Grid clustering, written here because leaflet.markercluster is not on our Maven repository (see
 * shared/DEPENDENCIES.md) and the page loads nothing from a CDN. Anchors are bucketed into CELL-pixel
 * squares at the current zoom: linear in the number of events, deterministic, and cheap enough to
 * redo on every pan, zoom or brush.
 */
const CELL = 56;
const MAX_SHAPES = 400;
const REVEAL_ZOOM = 8;

export class EventMap {
  constructor(container, { onSelect, onMove, tileUrl, tileAttribution }) {
    this.onSelect = onSelect;
    this.onMove = onMove;
    this.events = [];
    this.selected = null;
    this.projected = new Map();
    this.shapeLayers = new Map();
    this.markerLayers = new Map();
    this.map = L.map(container, { minZoom: 2, maxZoom: 13, worldCopyJump: true, zoomSnap: 1 });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Outlines: Natural Earth');
    if (tileUrl) L.tileLayer(tileUrl, { attribution: tileAttribution || '' }).addTo(this.map);
    this.countries = L.geoJSON(null, { interactive: false, style: () => ({ className: 'basemap-country' }) }).addTo(this.map);
    this.regions = L.geoJSON(null, { interactive: false, style: () => ({ className: 'basemap-region' }) });
    this.shapes = L.layerGroup().addTo(this.map);
    this.markers = L.layerGroup().addTo(this.map);
    this.map.setView([48, 20], 3);
    this.map.on('zoomend', () => this.toggleRegions());
    this.map.on('moveend', () => {
      const started = performance.now();
      this.cluster();
      const view = this.view();
      // The view as the URL writes it: lets tests (and people) see which view the map is in.
      container.dataset.view = `${view.center.zoom}/${view.center.lat.toFixed(4)}/${view.center.lon.toFixed(4)}`;
      this.onMove(view);
      settle('chronomap:pan', started);
    });
    // The grid and late-loading fonts resize the container after Leaflet measured it.
    new ResizeObserver(() => this.map.invalidateSize({ animate: false })).observe(container);
    this.loadBasemap();
  }

  async loadBasemap() {
    // The outlines are context; a failure leaves the events on a plain background, not a broken page.
    try {
      const [countries, regions] = await Promise.all(['/basemap/countries.geojson', '/basemap/admin1.geojson']
        .map(url => fetch(url).then(r => (r.ok ? r.json() : null))));
      if (countries) this.countries.addData(countries);
      if (regions) this.regions.addData(regions);
      this.countries.bringToBack();
      this.toggleRegions();
    } catch (e) {
      console.warn('Basemap outlines unavailable', e);
    }
  }

  toggleRegions() {
    const show = this.map.getZoom() >= 5;
    if (show && !this.map.hasLayer(this.regions)) {
      this.regions.addTo(this.map);
      this.regions.bringToBack();
      this.countries.bringToBack();
    } else if (!show && this.map.hasLayer(this.regions)) {
      this.map.removeLayer(this.regions);
    }
  }

  view() {
    const b = this.map.getBounds();
    const c = this.map.getCenter();
    return {
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      center: { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng },
    };
  }

  setView(center) {
    this.map.setView([center.lat, center.lon], center.zoom, { animate: false });
  }

  fitEvents(events) {
    const anchors = events.filter(e => e.anchor).map(e => [e.anchor[1], e.anchor[0]]);
    if (anchors.length) this.map.fitBounds(L.latLngBounds(anchors), { padding: [30, 30], maxZoom: 7, animate: false });
  }

  setEvents(events) {
    this.events = events;
    this.drawShapes();
    this.cluster();
  }

  /** Adds and removes only the shapes that changed: rebuilding hundreds of polygons per brush frame is slow. */
  drawShapes() {
    const shapes = this.events.filter(e => e.isShape);
    // Past MAX_SHAPES the anchors (clustered with the points) stand for the shapes.
    const wanted = new Set(shapes.length > MAX_SHAPES ? [] : shapes.map(e => e.id));
    for (const [id, layer] of this.shapeLayers) {
      if (!wanted.has(id)) {
        this.shapes.removeLayer(layer);
        this.shapeLayers.delete(id);
      }
    }
    for (const e of shapes) {
      if (!wanted.has(e.id) || this.shapeLayers.has(e.id)) continue;
      const layer = L.geoJSON(e.geometry, {
        style: () => ({ className: `event-shape cat-${e.category}${e.approximate ? ' approximate' : ''}` }),
      });
      layer.on('click', () => this.onSelect(e.id, 'map'));
      layer.addTo(this.shapes);
      layer.eachLayer(l => {
        const element = l.getElement && l.getElement();
        if (element) element.setAttribute('data-event-id', e.id);
      });
      this.shapeLayers.set(e.id, layer);
    }
    this.markSelectedShape();
  }

  anchorsAt(zoom) {
    let points = this.projected.get(zoom);
    if (!points) {
      points = new Map();
      this.projected.set(zoom, points);
    }
    return points;
  }

  cluster() {
    const zoom = this.map.getZoom();
    const cache = this.anchorsAt(zoom);
    const bounds = this.map.getBounds().pad(0.25);
    const cells = new Map();
    for (const e of this.events) {
      if (!e.anchor) continue;
      const lat = e.anchor[1];
      const lon = e.anchor[0];
      if (!bounds.contains([lat, lon])) continue;
      let p = cache.get(e.id);
      if (!p) {
        p = this.map.project([lat, lon], zoom);
        cache.set(e.id, p);
      }
      const key = `${Math.floor(p.x / CELL)}:${Math.floor(p.y / CELL)}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = { members: [], x: 0, y: 0, sum: 0 };
        cells.set(key, cell);
      }
      cell.members.push(e);
      cell.sum += e.index;
      cell.x += p.x;
      cell.y += p.y;
    }
    // Markers whose key (the event, or the cell and its members) is unchanged stay; only the rest is redrawn.
    const previous = this.markerLayers;
    const next = new Map();
    this.markerById = new Map();
    this.clusterOf = new Map();
    for (const [key, cell] of cells) {
      const id = cell.members.length === 1 ? `e:${cell.members[0].id}`
        : `c:${zoom}:${key}:${cell.members.length}:${cell.sum}`;
      let entry = previous.get(id);
      if (entry) {
        previous.delete(id);
      } else {
        entry = cell.members.length === 1 ? this.addMarker(cell.members[0]) : this.addCluster(cell, zoom);
      }
      if (entry.eventId) this.markerById.set(entry.eventId, entry.element);
      else for (const e of entry.members) this.clusterOf.set(e.id, entry.element);
      next.set(id, entry);
    }
    for (const entry of previous.values()) this.markers.removeLayer(entry.layer);
    this.markerLayers = next;
    this.markSelected();
  }

  addMarker(e) {
    const marker = L.circleMarker([e.anchor[1], e.anchor[0]], {
      radius: 8,
      className: `event-marker cat-${e.category}${e.approximate ? ' approximate' : ''}`,
    });
    marker.on('click', () => this.onSelect(e.id, 'map'));
    marker.addTo(this.markers);
    const element = marker.getElement();
    element.setAttribute('data-event-id', e.id);
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', e.title || 'event');
    return { layer: marker, element, eventId: e.id };
  }

  addCluster(cell, zoom) {
    const n = cell.members.length;
    const center = this.map.unproject([cell.x / n, cell.y / n], zoom);
    const size = Math.round(Math.min(54, 26 + Math.log2(n) * 4));
    const label = el('div', { class: 'cluster-icon', 'data-event-ids': cell.members.map(e => e.id).join(' ') },
      n > 999 ? `${Math.round(n / 100) / 10}k` : String(n));
    label.style.width = `${size}px`;
    label.style.height = `${size}px`;
    const marker = L.marker(center, {
      icon: L.divIcon({ html: label, className: 'cluster', iconSize: [size, size] }),
      title: `${n} events here; select to zoom in`,
      keyboard: true,
    });
    const bounds = L.latLngBounds(cell.members.map(e => [e.anchor[1], e.anchor[0]]));
    marker.on('click', () => {
      if (bounds.getNorthEast().distanceTo(bounds.getSouthWest()) < 1 || this.map.getZoom() >= this.map.getMaxZoom()) {
        // Events at one spot never separate by zooming: step through them instead.
        const at = cell.members.findIndex(e => e.id === this.selected);
        this.onSelect(cell.members[(at + 1) % n].id, 'map');
      } else {
        this.map.fitBounds(bounds, { padding: [40, 40], maxZoom: this.map.getZoom() + 3 });
      }
    });
    marker.addTo(this.markers);
    return { layer: marker, element: label, members: cell.members };
  }

  markSelected() {
    for (const element of this.map.getContainer().querySelectorAll('.event-marker.selected, .cluster-icon.has-selected')) {
      element.classList.remove('selected', 'has-selected');
    }
    if (!this.selected) return;
    const marker = this.markerById && this.markerById.get(this.selected);
    if (marker) {
      marker.classList.add('selected');
      marker.parentNode.appendChild(marker); // SVG paints in document order: bring it to the front
    }
    const cluster = this.clusterOf && this.clusterOf.get(this.selected);
    if (cluster) cluster.classList.add('has-selected');
  }

  markSelectedShape() {
    for (const element of this.map.getContainer().querySelectorAll('.event-shape')) {
      element.classList.toggle('selected', element.getAttribute('data-event-id') === this.selected);
    }
  }

  /** Highlights the event; with {@code reveal}, brings it into view and out of its cluster. */
  setSelected(id, reveal) {
    this.selected = id;
    const event = id && this.events.find(e => e.id === id);
    if (event && event.isShape && event.bbox && reveal) {
      // A region or a river is revealed whole; zooming into its middle would show only its fill.
      const b = event.bbox;
      this.map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [30, 30], maxZoom: REVEAL_ZOOM, animate: false });
    } else if (event && event.anchor && reveal) {
      const latlng = L.latLng(event.anchor[1], event.anchor[0]);
      const clustered = this.clusterOf && this.clusterOf.has(id);
      if (clustered || !this.map.getBounds().contains(latlng)) {
        this.map.setView(latlng, clustered ? Math.max(this.map.getZoom() + 2, REVEAL_ZOOM) : this.map.getZoom(),
          { animate: false });
      }
    }
    this.markSelected();
    this.markSelectedShape();
  }
}
