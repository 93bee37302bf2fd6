import * as d3 from 'd3';
import { DAY } from './model.js';
import { settle } from './measure.js';

const HOUR = 3600000;
const MAIN_HEIGHT = 170;
const AXIS_HEIGHT = 24;
const CONTEXT_HEIGHT = 44;
const GAP = 18;
const MARGIN = { left: 16, right: 30 }; // room for the last tick label ("September")
const MAX_LANE_HEIGHT = 16;
/** Below this a lane is hard to see and click; denser stacks overlap rather than vanish. */
const MIN_LANE_HEIGHT = 2;

/**
 * A focus + context timeline. The focus (top) zooms and pans from years down to hours; the context
 * strip (bottom) always shows the whole span, with a density histogram and the brush that chooses the
 * time window the map shows. Each event is one <rect>: a round dot for a day, a bar for a week, month
 * or range, translucent and dashed when approximate. Overlapping events are stacked into lanes, so
 * none is hidden behind another.
 */
/** Sets a mark's box, touching only attributes that changed (most do not when only lanes shift). */
function setGeometry(node, x, y, width, height, rx) {
  const last = node.box;
  if (last && last[0] === x && last[1] === y && last[2] === width && last[3] === height && last[4] === rx) return;
  node.box = [x, y, width, height, rx];
  node.setAttribute('x', x.toFixed(1));
  node.setAttribute('y', y.toFixed(1));
  node.setAttribute('width', width.toFixed(1));
  node.setAttribute('height', height.toFixed(1));
  node.setAttribute('rx', rx.toFixed(1));
}

export class Timeline {
  constructor(container, { onSelect, onWindow, onZoom, onStep }) {
    this.container = container;
    this.onSelect = onSelect;
    this.onWindow = onWindow;
    this.onZoom = onZoom;
    this.events = [];
    this.all = [];
    this.selected = null;
    this.window = null;
    this.frame = null;
    this.silentBrush = false;

    container.tabIndex = 0;
    container.setAttribute('aria-describedby', 'timeline-hint');
    this.svg = d3.select(container).append('svg')
      .attr('role', 'img')
      .attr('aria-label', 'Timeline of events; use the arrow keys to move between events, + and - to zoom');
    const defs = this.svg.append('defs');
    defs.append('clipPath').attr('id', 'timeline-clip').append('rect').attr('class', 'clip-rect');
    this.focus = this.svg.append('g').attr('class', 'focus');
    this.band = this.focus.append('rect').attr('class', 'window-band').attr('y', 0).attr('height', MAIN_HEIGHT);
    this.zoomSurface = this.focus.append('rect').attr('class', 'zoom-surface').attr('fill', 'transparent');
    // The clip sits on an outer group so that shifting the inner one during a pan leaves the clip in place.
    this.marks = this.focus.append('g').attr('clip-path', 'url(#timeline-clip)').append('g').attr('class', 'marks');
    this.nodes = new Map();
    this.base = [];
    this.shown = null;
    this.axis = this.focus.append('g').attr('class', 'axis').attr('transform', `translate(0,${MAIN_HEIGHT})`);
    this.context = this.svg.append('g').attr('class', 'context')
      .attr('transform', `translate(0,${MAIN_HEIGHT + AXIS_HEIGHT + GAP})`);
    this.histogram = this.context.append('g').attr('class', 'histogram');
    this.contextAxis = this.context.append('g').attr('class', 'axis').attr('transform', `translate(0,${CONTEXT_HEIGHT})`);
    this.brushGroup = this.context.append('g').attr('class', 'brush');

    this.marks.on('click', event => {
      const id = event.target.getAttribute('data-event-id');
      if (id) this.onSelect(id, 'timeline');
    });
    container.addEventListener('keydown', event => this.key(event, onStep));
    new ResizeObserver(() => this.resize()).observe(container);
  }

  /** The full span of all events (not only the filtered ones), so filtering never rescales the axis. */
  setExtent(events) {
    this.all = events;
    let lo = d3.min(events, e => e.t0);
    let hi = d3.max(events, e => e.t1);
    if (lo == null) {
      lo = Date.now() - 30 * DAY;
      hi = Date.now();
    }
    const pad = Math.max((hi - lo) * 0.04, DAY);
    this.extent = [lo - pad, hi + pad];
    this.layout();
  }

  layout() {
    const width = Math.max(280, this.container.clientWidth);
    this.width = width;
    const height = MAIN_HEIGHT + AXIS_HEIGHT + GAP + CONTEXT_HEIGHT + AXIS_HEIGHT;
    this.svg.attr('viewBox', `0 0 ${width} ${height}`).attr('height', height);
    this.svg.select('.clip-rect').attr('x', MARGIN.left).attr('width', width - MARGIN.left - MARGIN.right)
      .attr('y', 0).attr('height', MAIN_HEIGHT);
    this.zoomSurface.attr('x', 0).attr('width', width).attr('height', MAIN_HEIGHT);
    this.x0 = d3.scaleUtc().domain(this.extent).range([MARGIN.left, width - MARGIN.right]);
    this.xc = this.x0.copy();
    // Zoom limit: one hour spans ~60 px, whatever the total span.
    const maxK = Math.max(2, ((this.extent[1] - this.extent[0]) / (width - MARGIN.left - MARGIN.right)) / (HOUR / 60));
    const current = this.transform || d3.zoomIdentity;
    this.zoom = d3.zoom()
      .scaleExtent([1, maxK])
      .translateExtent([[MARGIN.left, 0], [width - MARGIN.right, MAIN_HEIGHT]])
      .extent([[MARGIN.left, 0], [width - MARGIN.right, MAIN_HEIGHT]])
      .on('zoom', event => {
        this.transform = event.transform;
        const rendered = this.renderedTransform;
        if (rendered && event.sourceEvent) {
          // During a gesture, move the marks drawn at the last layout as one group instead of touching
          // 10,000 elements per frame: a pan is an exact shift; a zoom stretches them for a moment
          // until the layout at the end of the gesture redraws dots round and lanes anew.
          const started = performance.now();
          const k = event.transform.k / rendered.k;
          const dx = event.transform.x - rendered.x * k;
          this.marks.attr('transform', k === 1 ? `translate(${dx},0)` : `translate(${dx},0) scale(${k},1)`);
          this.drawAxis();
          settle(k === 1 ? 'chronomap:timeline-pan' : 'chronomap:timeline-zoom', started);
        } else {
          this.schedule();
        }
        if (event.sourceEvent) this.onZoom(this.domain());
      })
      // After a gesture, lay out again so events that panned into view are drawn and culled ones go.
      .on('end', () => this.schedule());
    this.focus.call(this.zoom).on('dblclick.zoom', null);
    this.focus.call(this.zoom.transform, current);

    this.brush = d3.brushX()
      .extent([[MARGIN.left, 0], [width - MARGIN.right, CONTEXT_HEIGHT]])
      .on('brush end', event => {
        if (this.silentBrush) return;
        const w = event.selection ? event.selection.map(v => this.xc.invert(v).getTime()) : null;
        this.window = w;
        this.drawBand();
        this.onWindow(w, event.type === 'end');
      });
    this.brushGroup.call(this.brush);
    this.drawContext();
    this.setWindow(this.window);
    this.render();
  }

  resize() {
    if (this.extent && Math.abs(this.container.clientWidth - this.width) > 1) this.layout();
  }

  domain() {
    const x = (this.transform || d3.zoomIdentity).rescaleX(this.x0);
    return x.domain().map(d => d.getTime());
  }

  /**
   * The period most events fall in (15th to 85th percentile of start dates, padded), when it is much
   * shorter than the whole span: one old event (an annexation years back) must not squeeze this
   * month's news into a single column. The context strip still shows everything.
   */
  focusPeriod(events) {
    // Single-day events are the news; ranges ("since 2022") are background and stretch any percentile.
    const days = events.filter(e => e.point);
    const basis = days.length >= 10 ? days : events;
    if (basis.length < 10) return null;
    const starts = basis.map(e => e.t0).sort((a, b) => a - b);
    // News clusters in weeks while background ("since 2014", "last year") reaches back years: the
    // central 70 % of start dates is where the reader's story is.
    const lo = starts[Math.floor(starts.length * 0.15)];
    const hi = starts[Math.ceil(starts.length * 0.85) - 1] + DAY;
    const pad = Math.max((hi - lo) * 0.15, 3 * DAY);
    const span = hi - lo + 2 * pad;
    return span < (this.extent[1] - this.extent[0]) / 3 ? [lo - pad, hi + pad] : null;
  }

  /** Zooms the focus to [from, to] without announcing it (used when restoring from the URL). */
  setDomain(domain) {
    if (!domain) return;
    const [a, b] = domain.map(t => this.x0(t));
    const k = (this.x0.range()[1] - this.x0.range()[0]) / Math.max(1, b - a);
    const t = d3.zoomIdentity.translate(MARGIN.left - k * a, 0).scale(k);
    this.focus.call(this.zoom.transform, t);
  }

  setWindow(window) {
    this.window = window;
    this.silentBrush = true;
    this.brushGroup.call(this.brush.move, window ? window.map(t => this.xc(t)) : null);
    this.silentBrush = false;
    this.drawBand();
  }

  /**
   * {@code base} is what the category, text and place filters leave: lanes are laid out for it, so
   * marks keep their place while {@code shown} (e.g. "only what is in the map view") hides some.
   */
  setEvents(base, shown) {
    this.events = shown;
    this.shown = shown === base ? null : new Set(shown.map(e => e.id));
    this.drawContext();
    if (base !== this.base) {
      this.base = base;
      this.render();
    } else {
      const started = performance.now();
      this.applyVisibility();
      settle('chronomap:timeline-filter', started);
    }
  }

  applyVisibility() {
    const shown = this.shown;
    for (const [id, node] of this.nodes) {
      const hidden = !!shown && !shown.has(id);
      if ((node.hiddenMark || false) !== hidden) {
        node.hiddenMark = hidden;
        if (hidden) node.setAttribute('display', 'none');
        else node.removeAttribute('display');
      }
    }
  }

  drawAxis() {
    const x = (this.transform || d3.zoomIdentity).rescaleX(this.x0);
    this.axis.call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(this.width / 110))).tickSizeOuter(0));
    this.drawBand();
  }

  setSelected(id, reveal) {
    const previous = this.selected && this.nodes.get(this.selected);
    if (previous) previous.classList.remove('selected');
    this.selected = id;
    if (!id) return;
    const event = this.base.find(e => e.id === id);
    if (event && reveal) {
      const [d0, d1] = this.domain();
      if (event.t1 <= d0 || event.t0 >= d1) {
        const center = (event.t0 + event.t1) / 2;
        const half = (d1 - d0) / 2;
        this.setDomain([center - half, center + half]);
        return; // the zoom schedules a render, which marks the selection
      }
    }
    const node = this.nodes.get(id);
    if (node) {
      node.classList.add('selected');
      node.parentNode.appendChild(node); // SVG paints in document order: bring it to the front
    }
  }

  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.render();
    });
  }

  drawBand() {
    const x = (this.transform || d3.zoomIdentity).rescaleX(this.x0);
    if (!this.window) {
      this.band.attr('width', 0);
      return;
    }
    const a = x(this.window[0]);
    const b = x(this.window[1]);
    this.band.attr('x', a).attr('width', Math.max(0, b - a));
  }

  drawContext() {
    if (!this.xc) return;
    const [lo, hi] = this.xc.domain();
    const bins = d3.bin().value(e => e.t0).domain([lo.getTime(), hi.getTime()])
      .thresholds(Math.max(10, Math.floor(this.width / 6)))(this.events);
    const y = d3.scaleLinear().domain([0, d3.max(bins, b => b.length) || 1]).range([CONTEXT_HEIGHT, 2]);
    this.histogram.selectAll('rect').data(bins).join('rect')
      .attr('class', 'context-bar')
      .attr('x', b => this.xc(b.x0))
      .attr('width', b => Math.max(0, this.xc(b.x1) - this.xc(b.x0) - 1))
      .attr('y', b => (b.length ? y(b.length) : CONTEXT_HEIGHT))
      .attr('height', b => (b.length ? CONTEXT_HEIGHT - y(b.length) : 0));
    this.contextAxis.call(d3.axisBottom(this.xc).ticks(Math.max(2, Math.floor(this.width / 120))).tickSizeOuter(0));
  }

  render() {
    if (!this.x0) return;
    const started = performance.now();
    const transform = this.transform || d3.zoomIdentity;
    this.renderedTransform = transform;
    const x = transform.rescaleX(this.x0);
    const [d0, d1] = x.domain().map(d => d.getTime());
    // Lay out one viewport beyond each side, so a pan has marks to show before the next layout.
    const lo = d0 - (d1 - d0);
    const hi = d1 + (d1 - d0);
    this.drawAxis();

    // Lanes, in pixels at the current zoom; events arrive in date order, so a greedy pass suffices.
    const visible = [];
    const laneEnds = [];
    const dot = 10;
    for (const e of this.base) {
      if (e.t1 <= lo || e.t0 >= hi) continue;
      let left;
      let right;
      if (e.point) {
        const c = x(e.t0 + DAY / 2);
        left = c - dot / 2;
        right = c + dot / 2;
      } else {
        left = x(e.t0);
        right = Math.max(x(e.t1), left + 4);
      }
      let lane = 0;
      while (lane < laneEnds.length && laneEnds[lane] > left) lane++;
      if (lane === laneEnds.length) laneEnds.push(0);
      laneEnds[lane] = right + 2;
      visible.push(e, left, right, lane);
    }
    const laneCount = Math.max(1, laneEnds.length);
    const laneHeight = Math.max(MIN_LANE_HEIGHT, Math.min(MAX_LANE_HEIGHT, (MAIN_HEIGHT - 8) / laneCount));
    const markHeight = Math.max(MIN_LANE_HEIGHT, laneHeight - (laneHeight > 6 ? 3 : 0.5));
    const dotSize = Math.min(dot, markHeight);
    const top = 4;
    const wrap = MAIN_HEIGHT - 8;

    // A keyed update by hand: d3's join allocates per element, too slow for 10,000 marks per frame.
    const nodes = new Map();
    const group = this.marks.node();
    for (let i = 0; i < visible.length; i += 4) {
      const e = visible[i];
      const left = visible[i + 1];
      const right = visible[i + 2];
      const laneTop = top + ((visible[i + 3] * laneHeight) % wrap);
      let node = this.nodes.get(e.id);
      if (!node) {
        node = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        node.setAttribute('data-event-id', e.id);
        node.setAttribute('class', `mark cat-${e.category}${e.approximate ? ' approximate' : ''}`);
        group.appendChild(node);
      }
      if (e.point) {
        setGeometry(node, (left + right) / 2 - dotSize / 2, laneTop + (markHeight - dotSize) / 2, dotSize, dotSize, dotSize / 2);
      } else {
        setGeometry(node, left, laneTop, right - left, markHeight, Math.min(2, markHeight / 2));
      }
      nodes.set(e.id, node);
    }
    for (const [id, node] of this.nodes) {
      if (!nodes.has(id)) node.remove();
    }
    this.nodes = nodes;
    this.marks.attr('transform', null);
    this.applyVisibility();
    const selected = this.selected && nodes.get(this.selected);
    if (selected) {
      selected.classList.add('selected');
      group.appendChild(selected);
    }
    settle('chronomap:timeline-render', started);
  }

  key(event, onStep) {
    const keys = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in keys) {
      event.preventDefault();
      onStep(keys[event.key]);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      this.focus.call(this.zoom.scaleBy, 2);
      this.onZoom(this.domain());
    } else if (event.key === '-') {
      event.preventDefault();
      this.focus.call(this.zoom.scaleBy, 0.5);
      this.onZoom(this.domain());
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      onStep(event.key === 'Home' ? -Infinity : Infinity);
    }
  }
}
