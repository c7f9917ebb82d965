#!/usr/bin/env bash
# Benchmark: `cadence audit` over a 1,000-commit range against `git log --numstat` over the same range.
#
# Usage: Benchmarks/audit.sh [REPETITIONS]
#   Builds cadence in release mode, generates (once, cached under ${TMPDIR:-/tmp}) a CPython-like
#   repository of 20,000 commits with Benchmarks/make_history.py, and times both commands in the same
#   run, best of REPETITIONS (default 5). With CADENCE_BENCH_REPO set to a real repository it measures
#   there too: CADENCE_BENCH_RANGE (default HEAD~1000..HEAD), CADENCE_BENCH_TARGET (default 3.12).
set -euo pipefail
cd "$(dirname "$0")/.."
repetitions="${1:-5}"
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"

echo "building cadence (release)…" >&2
swift build -c release --product cadence >&2
cadence="$(swift build -c release --show-bin-path)/cadence"

repo="${TMPDIR:-/tmp}/cadence-bench-history-20000"
if [ ! -f "$repo/.cadence-bench-complete" ]; then
  echo "generating $repo (20,000 commits)…" >&2
  rm -rf "$repo"
  git init -q "$repo"
  python3 Benchmarks/make_history.py 20000 | git -C "$repo" fast-import --quiet --done
  git -C "$repo" symbolic-ref HEAD refs/heads/3.12
  touch "$repo/.cadence-bench-complete"
fi

# best_ms COMMAND…: the best wall time of REPETITIONS runs, in milliseconds.
best_ms() {
  local best=""
  for _ in $(seq "$repetitions"); do
    local start end took
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    took=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$took" -lt "$best" ]; then best=$took; fi
  done
  echo "$best"
}

measure() {
  local where="$1" range="$2" target="$3"
  local commits git_ms audit_ms
  commits=$(git -C "$where" rev-list --count "$range")
  git_ms=$(best_ms git -C "$where" log --numstat "$range")
  audit_ms=$(best_ms "$cadence" audit --repo "$where" "$range" --target "$target" --date 2024-01-01 --format json)
  printf '%-40s %6s commits  git log --numstat %6s ms  cadence audit %6s ms  ratio %s×\n' \
    "$where" "$commits" "$git_ms" "$audit_ms" "$(python3 -c "print(f'{$audit_ms / max($git_ms, 1):.2f}')")"
}

echo "machine: $(uname -m), $(nproc) cores, $(git --version), best of $repetitions; goal: audit ≤ 1.3× git"
measure "$repo" "3.12~1000..3.12" "3.12"
if [ -n "${CADENCE_BENCH_REPO:-}" ]; then
  measure "$CADENCE_BENCH_REPO" "${CADENCE_BENCH_RANGE:-HEAD~1000..HEAD}" "${CADENCE_BENCH_TARGET:-3.12}"
fi
