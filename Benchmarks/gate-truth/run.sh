#!/usr/bin/env bash
# Scores the gate against the labelled samples of Benchmarks/gate-truth (issue 9) on a real CPython
# repository: CADENCE_BENCH_REPO names it (see ../shared/cpython-history/assemble.sh).
#
#   CADENCE_BENCH_REPO=/path/to/cpython.git Benchmarks/gate-truth/run.sh [-v]
#
# Builds cadence in release mode, audits the four labelled ranges into OUT (default a temporary
# folder), and prints, per range, the figures of the gate as committed (before-audit.json, the gate of
# ee96ede) and of the gate just built.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="${CADENCE_BENCH_REPO:?set CADENCE_BENCH_REPO to a real CPython repository (../shared/cpython-history/)}"
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --product cadence >&2
cadence="$(swift build -c release --show-bin-path)/cadence"
out="${OUT:-$(mktemp -d)}"
here=Benchmarks/gate-truth
while read -r folder range target date; do
  "$cadence" audit --repo "$repo" "$range" --target "$target" --date "$date" --format json >"$out/$target.json"
  echo "== $range for $target on $date ($folder)"
  echo "-- before (ee96ede)"
  python3 "$here/evaluate.py" "$here/$folder/sample.json" "$here/$folder/labels.jsonl" "$here/$folder/before-audit.json" | tail -n +2
  echo "-- this build"
  python3 "$here/evaluate.py" "$here/$folder/sample.json" "$here/$folder/labels.jsonl" "$out/$target.json" "$@" | tail -n +2
done <<'RANGES'
. v3.9.0..v3.9.4 3.9 2021-04-04
holdout v3.8.0..v3.8.4 3.8 2020-07-14
test-set v3.7.0..v3.7.4 3.7 2019-07-08
final-set v3.6.5..v3.6.8 3.6 2018-12-01
RANGES
