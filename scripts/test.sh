#!/usr/bin/env bash
# One command on a fresh machine: set everything up, then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

updated=no
# install_missing PACKAGE WHAT: install a Debian package the tests need when running as root
# (CI's clean machine), else say which tests will be skipped
install_missing() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian's $1 for $2" >&2
    if [ "$updated" = no ]; then apt-get update -qq; updated=yes; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else
    echo "== $1 not installed: $2 will be skipped" >&2
  fi
}

# the store's tests also run on a real PostgreSQL server, started on loopback
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  install_missing postgresql "the store's PostgreSQL tests"
fi
# the web UI's browser tests drive Debian's chromium through Playwright (no browser download)
command -v chromium >/dev/null 2>&1 || install_missing chromium "the web UI's browser tests"
# the Spark test runs Apache Spark in local mode: it needs Java 17+ (the headless JRE)
command -v java >/dev/null 2>&1 || install_missing openjdk-17-jre-headless "the Spark test"

echo "== running the tests" >&2
.venv/bin/python -m pytest -q "$@"
