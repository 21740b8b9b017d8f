#!/usr/bin/env bash
# Re-vendor the web UI's JavaScript/CSS from the npm registry into the package's static folder
# (dateline serve needs no CDN): each package's files, its LICENSE, and VERSIONS.md.
# Run by hand when upgrading; the files it writes are committed. Needs `npm` (pack only).
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=src/dateline/serve/static/vendor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# package@version  files to copy (relative to the package folder)
PACKAGES=(
  "htmx.org@2.0.11 dist/htmx.min.js"
  "leaflet@1.9.4 dist/leaflet.js dist/leaflet.css"
  "topojson-client@3.1.0 dist/topojson-client.min.js"
  "world-atlas@2.0.2 countries-110m.json"
  "vega@6.4.0 build/vega.min.js"
  "vega-lite@6.4.3 build/vega-lite.min.js"
  "vega-embed@7.3.0 build/vega-embed.min.js"
  "vega-interpreter@2.3.2 build/vega-interpreter.js"
  "swagger-ui-dist@5.36.0 swagger-ui-bundle.js swagger-ui.css"
)
rm -rf "$DEST" && mkdir -p "$DEST"
{
  echo "# Vendored front-end packages"
  echo
  echo "Fetched with \`npm pack\` from the npm registry by \`scripts/vendor_static.sh\`; each folder"
  echo "holds the package's own LICENSE. Served by \`dateline serve\` from /static/vendor/."
  echo
  echo "| package | version | licence | files |"
  echo "|---|---|---|---|"
} > "$DEST/VERSIONS.md"
for entry in "${PACKAGES[@]}"; do
  read -r spec files <<<"$entry"
  name=${spec%@*}; version=${spec##*@}
  (cd "$WORK" && npm pack "$spec" --silent >/dev/null && mkdir -p "x-$name" && tar xzf "${name}-${version}.tgz" -C "x-$name")
  pkg="$WORK/x-$name/package"
  mkdir -p "$DEST/$name"
  for f in $files; do cp "$pkg/$f" "$DEST/$name/"; done
  cp "$pkg"/LICENSE* "$DEST/$name/" 2>/dev/null || true
  licence=$(node -e "console.log(require('$pkg/package.json').license || '')")
  echo "| $name | $version | $licence | $(echo $files | sed 's#[^ ]*/##g') |" >> "$DEST/VERSIONS.md"
done
# Leaflet's marker images (the map uses circle markers, but the CSS refers to these)
mkdir -p "$DEST/leaflet/images"
(cd "$WORK/x-leaflet/package/dist/images" && cp *.png "$OLDPWD/$DEST/leaflet/images/")
# vega-interpreter ships only as an ES module importing 'vega-util'; the page loads scripts
# without a bundler or import map, so its one import and one export are rewritten to use the
# global `vega` (which re-exports vega-util) and to set `window.vegaInterpreter`.
f="$DEST/vega-interpreter/vega-interpreter.js"
sed -i "s#^import { ascending, isString, DisallowedObjectProperties } from 'vega-util';#(function () {\nconst { ascending, isString, DisallowedObjectProperties } = window.vega;#" "$f"
sed -i "s#^export { expression as expressionInterpreter };#window.vegaInterpreter = { expressionInterpreter: expression };\n})();#" "$f"
{
  echo
  echo "Local change: \`vega-interpreter.js\` (an ES module) has its \`import\` from 'vega-util' replaced by"
  echo "the global \`window.vega\` and its \`export\` by \`window.vegaInterpreter\`, wrapped in a function, so that"
  echo "it loads as a plain script (see scripts/vendor_static.sh). Nothing else is modified."
  echo
  echo "\`world-atlas/countries-110m.json\` is Natural Earth's 1:110m countries (public domain) as TopoJSON."
} >> "$DEST/VERSIONS.md"
echo "vendored into $DEST:" >&2
du -sh "$DEST" >&2
