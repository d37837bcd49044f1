#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds everything with clang, AddressSanitizer + UndefinedBehaviorSanitizer and warnings as errors, and
# runs every test under the sanitizers: C++ (GoogleTest), Python (pytest), the examples, the notebook, the
# installed-package consumer, the offline pip install, and a short run of every fuzz target on its seed
# corpus (docs/reliability.md, "What CI runs").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/deps.sh test
cmake --workflow --preset test
