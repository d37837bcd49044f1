#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The one benchmark command: builds what it needs (Release, in build/bench), generates the corpus there,
# runs miljoplan and its peers in pairs of fresh processes and prints the table.
#
#   benchmarks/run.sh [--quick] [--pairs N] [--json FILE]
#
# MILJOPLAN_PYTHON: the Python the extension is built for (default: the system's /usr/bin/python3, which
# has pandas from Debian). MILJOPLAN_PEER_PYTHON: the Python with pydantic v2 and python-dateutil for the
# peers (default: the first python3 on PATH that imports both).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/bench"
python="${MILJOPLAN_PYTHON:-/usr/bin/python3}"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMILJOPLAN_BUILD_BENCHMARKS=ON \
      -DMILJOPLAN_BUILD_TESTS=OFF -DMILJOPLAN_BUILD_EXAMPLES=OFF -DMILJOPLAN_BUILD_CLI=OFF \
      -DPython_EXECUTABLE="$python" >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
exec "$python" "$root/benchmarks/run.py" --build "$build" "$@"
