#!/usr/bin/env bash
# Rebuilds static/ (and ../node/acorn/) from the packages pinned in package-lock.json: the JavaScript
# modules of each package, their licences, none of their source maps, type declarations or
# development builds. Run it after changing package.json; the tests themselves download nothing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
modules="$work/node_modules"
rm -rf "$here/static"
mkdir -p "$here/static"

# copy PACKAGE DIR...: the .js and .mjs files under each DIR of the package (DIR . for all), and its licence
copy() {
  local package="$1"; shift
  for dir in "$@"; do
    (cd "$modules/$package" && find "$dir" \( -name development -o -name node -o -name '*.d.ts' \) -prune -o \
        \( -name '*.js' -o -name '*.mjs' \) -type f -print) | while read -r file; do
      mkdir -p "$(dirname "$here/static/$package/$file")"
      cp "$modules/$package/$file" "$here/static/$package/$file"
    done
  done
  for licence in LICENSE LICENSE.md LICENSE.txt; do
    if [ -f "$modules/$package/$licence" ]; then cp "$modules/$package/$licence" "$here/static/$package/"; fi
  done
}

copy three src examples/jsm/controls/OrbitControls.js examples/jsm/loaders/GLTFLoader.js \
    examples/jsm/utils/BufferGeometryUtils.js examples/jsm/libs/rhino3dm/rhino3dm.module.js
cp "$modules/three/examples/jsm/libs/rhino3dm/rhino3dm.wasm" "$here/static/three/examples/jsm/libs/rhino3dm/"
copy lit .
copy lit-html .
copy lit-element .
copy @lit/reactive-element .
copy d3-array src
copy d3-scale src
copy d3-shape src
copy d3-selection src
copy preact dist/preact.mjs hooks/dist/hooks.mjs compat/dist/compat.mjs
copy @ffmpeg/ffmpeg dist/esm
copy rxjs dist/esm
copy lodash-es .

mkdir -p "$here/../node/acorn"
cp "$modules/acorn/dist/acorn.mjs" "$modules/acorn/LICENSE" "$here/../node/acorn/"
