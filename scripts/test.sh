#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds everything with warnings as errors and runs every test: C++ (GoogleTest), Python (pytest),
# the examples, the notebook, the installed-package consumer and the offline pip install; before that,
# a clang build of the library with AddressSanitizer + UndefinedBehaviorSanitizer runs every fuzz
# target for a few seconds on its seed corpus (docs/reliability.md, "What CI runs").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/deps.sh test
cmake --workflow --preset fuzz
scripts/fuzz.sh build/fuzz 10
cmake --workflow --preset test
