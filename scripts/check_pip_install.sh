#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Proves the offline pip install: copy the source (pip builds in-tree), make a venv that sees Debian's
# packages, `pip install --no-build-isolation --no-index .`, then import and use the package from
# outside the source tree.
# Usage: scripts/check_pip_install.sh PYTHON WORKDIR
set -euo pipefail
python=${1:?python interpreter}
work=${2:?scratch directory}
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rm -rf "$work"
mkdir -p "$work/src"
# Only what git tracks (or would track): no build trees, no caches.
(cd "$source_dir" && tar --exclude=./build --exclude=./.git --exclude='*.egg-info' --exclude=__pycache__ -cf - .) \
  | tar -xf - -C "$work/src"
"$python" -m venv --system-site-packages "$work/venv"
"$work/venv/bin/pip" install --no-build-isolation --no-index --quiet "$work/src"
cd "$work"
"$work/venv/bin/python" - <<'PY'
import miljoplan, pathlib, sys
location = pathlib.Path(miljoplan.__file__).resolve()
assert "venv" in location.parts, f"imported from {location}, not from the installed package"
plan = miljoplan.example_plan()
assert len(plan.activities) == 26, len(plan.activities)
assert miljoplan.loads(plan.to_json()) == plan
errors = [f.code for f in plan.validate() if str(f.severity) == "error"]
assert errors == ["budget.costs_total"], errors
print("pip install ok:", miljoplan.__version__, location)
PY
