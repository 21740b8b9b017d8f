#!/usr/bin/env bash
# One command on a fresh machine: set everything up, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# the store's tests also run on a real PostgreSQL server, started on loopback from Debian's packages
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian's postgresql for the store tests" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "== PostgreSQL not installed: its store tests will be skipped" >&2
  fi
fi
# the web UI's browser tests drive Debian's chromium through Playwright (no browser download)
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian's chromium for the web UI's browser tests" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "== chromium not installed: the browser tests will be skipped" >&2
  fi
fi
# the Spark test runs Apache Spark in local mode: it needs Java 17+ (Debian's headless JRE)
if ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian's openjdk-17-jre-headless for the Spark test" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
  else
    echo "== Java not installed: the Spark test will be skipped" >&2
  fi
fi
echo "== running the tests" >&2
.venv/bin/python -m pytest -q "$@"
