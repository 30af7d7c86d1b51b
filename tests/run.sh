#!/usr/bin/env bash
# Runs every test of the archive on a fresh machine: installs the Python packages into .venv and Debian's
# chromium for the browser tests (as root, or through sudo), then runs pytest. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium >/dev/null
fi

export NO_MKDOCS_2_WARNING=1
exec .venv/bin/python -m pytest "$@"
