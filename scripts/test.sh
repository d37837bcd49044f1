#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds everything with warnings as errors and runs every test: C++ (GoogleTest), Python (pytest),
# the examples, the notebook, the installed-package consumer and the offline pip install.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/deps.sh test
cmake --workflow --preset test
