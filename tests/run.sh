#!/usr/bin/env bash
# Runs every test of the archive on a fresh machine: installs the Python packages into .venv, Debian's chromium
# (and Node.js, if missing) for the browser tests (as root, or through sudo), and the tests' npm packages (axe-core,
# Lighthouse) into tests/node_modules from the lock file; then runs pytest. Arguments go to pytest; with none, all
# the tests run.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $missing >/dev/null
fi

# npm ci starts from scratch each time; skip it while node_modules matches the lock file.
lock_sum="$(sha256sum tests/package-lock.json | cut -d' ' -f1)"
if [ "$(cat tests/node_modules/.installed-lock 2>/dev/null)" != "$lock_sum" ]; then
  npm ci --prefix tests --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > tests/node_modules/.installed-lock
fi

export NO_MKDOCS_2_WARNING=1
if [ $# -gt 0 ]; then
  exec .venv/bin/python -m pytest "$@"
fi
# Everything: the tests shared out between three processes a file at a time, so that a file's session fixtures (the
# real pages' import and build) are made once, but the browser files a test at a time (tests/conftest.py): three
# processes on two cores, as a browser test spends about half its time waiting on a page; then Lighthouse alone, as
# its scores need the machine to themselves. The real site is built once for all of them, into ARCHIVE_TEST_SITE.
site_dir="$(mktemp -d "${TMPDIR:-/tmp}/archive-test-site.XXXXXX")"
trap 'rm -rf "$site_dir"' EXIT
export ARCHIVE_TEST_SITE="$site_dir/site"
.venv/bin/python -m pytest -n 3 --dist loadfile -m "not lighthouse"
.venv/bin/python -m pytest -m lighthouse tests/test_lighthouse.py
