#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the libFuzzer targets of a build (MILJOPLAN_BUILD_FUZZERS=ON, e.g. the asan preset) on their seed
# corpora and fails on the first crash, sanitizer report, leak, timeout or out-of-memory.
# Usage: scripts/fuzz.sh BUILD_DIR SECONDS_PER_TARGET [TARGET...]
#   TARGET is a fuzz target's name (fuzz_timing, fuzz_plan_json, ...); without one, every target runs.
# Each target starts from fuzz/corpus/<name without fuzz_>/, copied to a scratch directory so that the
# inputs a run adds never land in the repository. A crashing input is kept in BUILD_DIR/fuzz-artifacts/.
set -euo pipefail
build=${1:?build directory}
seconds=${2:?seconds per target}
shift 2
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "$build" && pwd)"
if (($#)); then
  targets=("$@")
else
  mapfile -t targets < <(find "$build/fuzz" -maxdepth 1 -type f -executable -name 'fuzz_*' -printf '%f\n' | sort)
fi
((${#targets[@]})) || { echo "fuzz.sh: no fuzz targets in $build/fuzz (configure with MILJOPLAN_BUILD_FUZZERS=ON)" >&2; exit 1; }

# libFuzzer's main is linked statically; beside the shared sanitizer runtime (a build with the Python
# extension uses it) the runtime is not first in the library list, which is harmless for these programs.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
artifacts="$build/fuzz-artifacts"
failed=()
for target in "${targets[@]}"; do
  binary="$build/fuzz/$target"
  seeds="$source_dir/fuzz/corpus/${target#fuzz_}"
  [[ -x "$binary" ]] || { echo "fuzz.sh: $binary is missing" >&2; exit 1; }
  [[ -d "$seeds" ]] || { echo "fuzz.sh: no seed corpus $seeds" >&2; exit 1; }
  corpus="$scratch/$target"
  mkdir -p "$corpus" "$artifacts/$target"
  cp -r "$seeds/." "$corpus/"
  echo "fuzz.sh: $target for ${seconds}s from $(find "$seeds" -type f | wc -l) seeds"
  # -timeout: one input taking over 10 s is a hang; -rss_limit_mb bounds memory the same way the corpus
  # tests do (docs/reliability.md). Leak detection stays on: the readers must not leak on refusal either.
  # -seed: the same mutations on every run, so that CI is reproducible and a red run is the change's
  # doing; FUZZ_SEED=0 lets libFuzzer pick (for longer campaigns by hand).
  if ! "$binary" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$artifacts/$target/" "$corpus" > "$scratch/$target.log" 2>&1; then
    tail -n 60 "$scratch/$target.log" >&2
    echo "fuzz.sh: $target FAILED; the input is in $artifacts/$target/" >&2
    failed+=("$target")
  else
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)' "$scratch/$target.log" || true
  fi
done
if ((${#failed[@]})); then
  echo "fuzz.sh: crashes in ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: ${#targets[@]} targets, no crash"
