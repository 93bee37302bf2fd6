import * as d3 from 'd3';
import { DAY } from './model.js';

const HOUR = 3600000;
const MAIN_HEIGHT = 170;
const AXIS_HEIGHT = 24;
const CONTEXT_HEIGHT = 44;
const GAP = 18;
const MARGIN = { left: 12, right: 12 };
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
    this.marks = this.focus.append('g').attr('class', 'marks').attr('clip-path', 'url(#timeline-clip)');
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
        this.schedule();
        if (event.sourceEvent) this.onZoom(this.domain());
      });
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

  setEvents(events) {
    this.events = events;
    this.drawContext();
    this.render();
  }

  setSelected(id, reveal) {
    this.selected = id;
    this.marks.selectAll('rect.selected').classed('selected', false);
    if (!id) return;
    const event = this.events.find(e => e.id === id);
    if (event && reveal) {
      const [d0, d1] = this.domain();
      if (event.t1 <= d0 || event.t0 >= d1) {
        const center = (event.t0 + event.t1) / 2;
        const half = (d1 - d0) / 2;
        this.setDomain([center - half, center + half]);
      }
    }
    this.render();
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
    const x = (this.transform || d3.zoomIdentity).rescaleX(this.x0);
    const [d0, d1] = x.domain().map(d => d.getTime());
    this.axis.call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(this.width / 110))).tickSizeOuter(0));
    this.drawBand();

    // Lay out the visible events into lanes, in pixels at the current zoom (events arrive in date order).
    const visible = [];
    const laneEnds = [];
    const dot = 10;
    for (const e of this.events) {
      if (e.t1 <= d0 || e.t0 >= d1) continue;
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
      let lane = laneEnds.findIndex(end => end <= left);
      if (lane < 0) {
        lane = laneEnds.length;
        laneEnds.push(0);
      }
      laneEnds[lane] = right + 2;
      visible.push({ e, left, right, lane });
    }
    const laneCount = Math.max(1, laneEnds.length);
    const laneHeight = Math.max(MIN_LANE_HEIGHT, Math.min(MAX_LANE_HEIGHT, (MAIN_HEIGHT - 8) / laneCount));
    const markHeight = Math.max(MIN_LANE_HEIGHT, laneHeight - (laneHeight > 6 ? 3 : 0.5));
    const top = 4;
    const selected = this.selected;
    this.marks.selectAll('rect')
      .data(visible, v => v.e.id)
      .join(enter => enter.append('rect')
        .attr('data-event-id', v => v.e.id)
        .attr('class', v => `mark cat-${v.e.category}${v.e.approximate ? ' approximate' : ''}`))
      .attr('x', v => (v.e.point ? (v.left + v.right) / 2 - Math.min(dot, markHeight) / 2 : v.left))
      .attr('width', v => (v.e.point ? Math.min(dot, markHeight) : v.right - v.left))
      .attr('y', v => top + ((v.lane * laneHeight) % (MAIN_HEIGHT - 8)))
      .attr('height', markHeight)
      .attr('rx', v => (v.e.point ? Math.min(dot, markHeight) / 2 : Math.min(2, markHeight / 2)))
      .classed('selected', v => v.e.id === selected);
    if (selected) this.marks.select(`rect[data-event-id="${CSS.escape(selected)}"]`).raise();
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
