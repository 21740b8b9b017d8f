#!/usr/bin/env bash
# One command on a fresh machine: set everything up, then analyse and store the seed article
# and the bundled sample articles in an embedded SQLite file (dateline.db), and show a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB=${DATELINE_DB:-dateline.db}
inputs=(examples)
[ -f ../shared/seed/000_69507c40d49164b4.txt ] && inputs=(../shared/seed/000_69507c40d49164b4.txt "${inputs[@]}")
echo "== dateline ingest ${inputs[*]} --db $DB" >&2
.venv/bin/dateline ingest "${inputs[@]}" --db "$DB"
echo >&2
echo "== dateline search Chernihiv --db $DB" >&2
.venv/bin/dateline search Chernihiv --db "$DB" --limit 3
echo "== dateline search protesters --db $DB" >&2
.venv/bin/dateline search protesters --db "$DB" --limit 3
echo "== dateline entities --db $DB --limit 8   (the entity registry across the articles)" >&2
.venv/bin/dateline entities --db "$DB" --limit 8
echo >&2
echo "Explore it in the browser: .venv/bin/dateline serve --db $DB   (then open http://127.0.0.1:8000)" >&2
echo "Export it: .venv/bin/dateline export --db $DB --format csv --kind events -o events.csv" >&2
echo "Everything else: .venv/bin/dateline --help   (analyze, ingest, search, show, entities, serve, export, spark, bench, eval, config)" >&2
