#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The main job: build everything and print the report of the embedded Jönköping 2024 plan.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/deps.sh build
cmake --workflow --preset example
