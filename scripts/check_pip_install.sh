#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Proves the offline pip install: copy the source (pip builds in-tree), make a venv that sees Debian's
# packages, `pip install --no-build-isolation --no-index .`, then import and use the package from
# outside the source tree.
# Usage: scripts/check_pip_install.sh PYTHON WORKDIR [BUILD_DIR]
#   With BUILD_DIR (a CMake build tree that has built the extension), setup.py packages that module
#   (MILJOPLAN_PREBUILT_DIR) instead of compiling it again, and setup.py's own CMake configure step runs
#   separately, so that its options and package look-ups are still proven. Without it, pip builds from
#   scratch as a user's install does; CMAKE_ARGS passes extra -D options to that build.
# LD_PRELOAD (a sanitizer runtime, for an instrumented module) applies only to the final import.
set -euo pipefail
python=${1:?python interpreter}
work=${2:?scratch directory}
prebuilt=${3:-}
preload=${LD_PRELOAD:-}
unset LD_PRELOAD
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rm -rf "$work"
mkdir -p "$work/src"
# Only what git tracks (or would track): no build trees, no caches.
(cd "$source_dir" && tar --exclude=./build --exclude=./.git --exclude='*.egg-info' --exclude=__pycache__ -cf - .) \
  | tar -xf - -C "$work/src"
"$python" -m venv --system-site-packages "$work/venv"
if [[ -n "$prebuilt" ]]; then
  prebuilt="$(cd "$prebuilt" && pwd)"
  "$work/venv/bin/python" - "$work/src/setup.py" "$work/configure" <<'PY'
import importlib.util, pathlib, subprocess, sys
spec = importlib.util.spec_from_file_location("miljoplan_setup", sys.argv[1])
setup_py = importlib.util.module_from_spec(spec)
spec.loader.exec_module(setup_py)
build = pathlib.Path(sys.argv[2])
subprocess.run(setup_py.cmake_configure_command(build, build / "module"), check=True, stdout=subprocess.DEVNULL)
assert (build / "CMakeCache.txt").is_file()
print("setup.py configure ok")
PY
  MILJOPLAN_PREBUILT_DIR="$prebuilt" "$work/venv/bin/pip" install --no-build-isolation --no-index --quiet "$work/src"
else
  "$work/venv/bin/pip" install --no-build-isolation --no-index --quiet "$work/src"
fi
cd "$work"
LD_PRELOAD="$preload" "$work/venv/bin/python" - <<'PY'
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
