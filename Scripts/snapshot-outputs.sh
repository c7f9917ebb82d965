#!/usr/bin/env bash
# Saves what `cadence` prints for README's examples (and, with CADENCE_BENCH_REPO, for audit, check and
# prerelease on a real CPython repository), so that a refactor can be checked byte for byte:
#
#   Scripts/snapshot-outputs.sh /tmp/before      # on the old commit
#   Scripts/snapshot-outputs.sh /tmp/after       # on the new one
#   diff -r /tmp/before /tmp/after
#
# Usage: Scripts/snapshot-outputs.sh OUTDIR
#   OUTDIR/readme/NAME.{out,err,status}: each line of Tests/CadenceCLITests/Fixtures/readme/examples.tsv,
#     run against the demo repository of Scripts/make-demo-repository.sh (these are the files the test
#     ReadmeExampleTests compares with; copy them to Tests/CadenceCLITests/Fixtures/readme/ to update it).
#   OUTDIR/help/NAME.out: `cadence help` of every command.
#   OUTDIR/real/NAME.{out,err,status}: only when CADENCE_BENCH_REPO names a CPython repository: audit of
#     v3.9.0..v3.9.1 for 3.9 on 2020-12-10 in every format, check of a commit in it, and prerelease.
# CADENCE names the executable to run (default: build it in release mode). ICS stamps (DTSTAMP, the time
# of the run) are written as DTSTAMP:… so that two runs compare.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:?usage: $0 OUTDIR}"
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"
if [ -z "${CADENCE:-}" ]; then
  (cd "$root" && swift build -c release --product cadence >&2)
  CADENCE="$(cd "$root" && swift build -c release --show-bin-path)/cadence"
fi
mkdir -p "$out/readme" "$out/help"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
demo="$scratch/cpython-demo"
"$root/Scripts/make-demo-repository.sh" "$demo"

# run DIR NAME [<FILE] ARGUMENTS…: runs cadence from the package's root, saving its three answers.
run() {
  local dir="$1" name="$2"
  shift 2
  local input=/dev/null
  if [ "${1:-}" != "${1#<}" ]; then input="$root/${1#<}"; shift; fi
  local status=0
  (cd "$root" && "$CADENCE" "$@" <"$input" >"$dir/$name.out" 2>"$dir/$name.err") || status=$?
  echo "$status" >"$dir/$name.status"
  sed -i 's/^DTSTAMP:[0-9TZ]*/DTSTAMP:…/' "$dir/$name.out"
}

while IFS=$'\t' read -r -a fields; do
  [ "${#fields[@]}" -eq 0 ] && continue
  case "${fields[0]}" in \#*) continue ;; esac
  arguments=()
  for field in "${fields[@]:1}"; do arguments+=("${field//\{demo\}/$demo}"); done
  run "$out/readme" "${fields[0]}" "${arguments[@]}"
done <"$root/Tests/CadenceCLITests/Fixtures/readme/examples.tsv"

for command in status data "data check" "data release-cycle" "data toml" version "version normalize" \
  "version compare" "version sort" spec "spec contains" "spec filter" marker "marker eval" abi-tag \
  feature-limit compat support schedule models "models compare" audit check prerelease; do
  # shellcheck disable=SC2086
  run "$out/help" "help-${command// /-}" help $command
done

if [ -n "${CADENCE_BENCH_REPO:-}" ]; then
  mkdir -p "$out/real"
  for format in table json md github; do
    run "$out/real" "audit-$format" audit --repo "$CADENCE_BENCH_REPO" v3.9.0..v3.9.1 --target 3.9 \
      --date 2020-12-10 --format "$format"
  done
  # Every commit of the range, judged alone (exit 0, 1 or 2).
  : >"$out/real/check-all.out"
  git -C "$CADENCE_BENCH_REPO" rev-list --no-merges --max-count=40 v3.9.0..v3.9.1 | while read -r sha; do
    run "$out/real" "check-one" check --repo "$CADENCE_BENCH_REPO" "$sha" --target 3.9 --date 2020-12-10
    { echo "== $sha exit $(cat "$out/real/check-one.status")"; cat "$out/real/check-one.out" "$out/real/check-one.err"; } \
      >>"$out/real/check-all.out"
  done
  rm -f "$out"/real/check-one.*
  run "$out/real" check-json check --repo "$CADENCE_BENCH_REPO" v3.9.1~3 --target 3.9 --date 2020-12-10 \
    --format json
  run "$out/real" prerelease prerelease --repo "$CADENCE_BENCH_REPO" --since v3.9.0a4 --until v3.9.0a5 \
    --series 3.9
  run "$out/real" prerelease-json prerelease --repo "$CADENCE_BENCH_REPO" --since v3.9.0b4 --until v3.9.0b5 \
    --series 3.9 --format json
fi
echo "saved to $out" >&2
