#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian packages miljoplan needs, if any are missing.
# Usage: scripts/deps.sh build|test
# As root it runs apt-get; otherwise it prints the exact install line and fails.
set -euo pipefail
BUILD_PKGS=(cmake ninja-build g++ libgtest-dev python3-dev
            libboost-date-time-dev nlohmann-json3-dev libtomlplusplus-dev pybind11-dev libcli11-dev)
TEST_PKGS=(python3-pytest python3-pandas python3-matplotlib python3-munkres
           python3-nbclient python3-nbformat python3-ipykernel python3-venv
           python3-dateutil python3-icalendar python3-jsonschema python3-openpyxl
           clang libclang-rt-14-dev)
want=("${BUILD_PKGS[@]}")
[[ "${1:-test}" == test ]] && want+=("${TEST_PKGS[@]}")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
((${#missing[@]})) || exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "miljoplan needs these Debian packages; install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
