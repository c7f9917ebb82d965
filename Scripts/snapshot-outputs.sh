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
#   OUTDIR/items/NAME.{out,err,status}: the per-item commands (version, spec, marker, abi-tag, feature-limit,
#     compat) in text and JSON, with --stdin, invalid items, negative answers and strings to escape.
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

# feed NAME TEXT ARGUMENTS…: runs cadence with TEXT on standard input, saving its three answers in items/.
feed() {
  local name="$1" text="$2"
  shift 2
  local status=0
  (cd "$root" && printf '%s' "$text" | "$CADENCE" "$@" >"$out/items/$name.out" 2>"$out/items/$name.err") || status=$?
  echo "$status" >"$out/items/$name.status"
}

mkdir -p "$out/items"
quoted='1.0"x\y'
for f in text json; do
  feed "normalize-stdin-$f" $'1.0c1\nnope\n\n  \nV3.9.0-Alpha5\r\n'"$quoted"$'\n\tbad\n' version normalize --stdin --format $f
  feed "normalize-$f" '' version normalize --format $f 1.0c1 nope "$quoted" 'é1'
  feed "compare-$f" '' version compare --format $f 3.10 3.9
  feed "compare-invalid-$f" '' version compare --format $f 3.10 'x!'
  feed "compare-stdin-$f" $'3.10 3.9\n1.0\t1.0.0\n1.0\n1 2 3\nx 1\n2.0  1.0\n' version compare --stdin --format $f
  feed "sort-$f" $'3.10\n3.9\nbad\n3.9.0rc1\n\n1!0\n3.9\n' version sort --format $f
  feed "sort-skip-$f" $'3.10\n3.9\nbad\n3.9.0rc1\n' version sort --skip-invalid --format $f
  feed "sort-normalize-$f" $'3.10\nV3.9\nbad\n' version sort --normalize --reverse --format $f
  feed "sort-arguments-$f" '' version sort --format $f 3.10 3.9 nope 3.9
  feed "contains-$f" '' spec contains --format $f '>=3.9,!=3.9.0a5,<4' 3.9.0a5 3.9.1 4.0 nope
  feed "contains-no-pre-$f" '' spec contains --no-pre --format $f '>=3.9' 3.10.0b1
  feed "contains-stdin-$f" $'3.9.1\nbad\n3.10\n' spec contains --stdin --format $f '>=3.9'
  feed "contains-arbitrary-$f" $'foo\nbar"x\n' spec contains --stdin --format $f '===foo'
  feed "filter-$f" '' spec filter --format $f '>=3.9' 3.8 3.9.0rc1 3.9.1 3.10.0a1 3.9.1
  feed "filter-stdin-$f" $'3.8\nbad\n3.11.0rc1\n3.12.0a1\n' spec filter --stdin --format $f '>=3.11'
  feed "filter-none-$f" '' spec filter --format $f '>=9' 3.8
  feed "filter-arbitrary-$f" $'foo\nbar\nfoo\n' spec filter --stdin --format $f '===foo'
  feed "marker-$f" '' marker eval --format $f 'sys_platform == "win32"' --env sys_platform=win32
  feed "marker-false-$f" '' marker eval --format $f 'python_version == "3.9" and full_python_version != "3.9.0a5"' \
    --python 3.9.0a5
  feed "marker-undefined-$f" '' marker eval --format $f '"docs" in extras' --env os_name=posix
  feed "marker-stdin-$f" $'{"python_full_version": "3.8.1"}\nnot json\n["x"]\n{"python_full_version": 3}\n\n{}\n' \
    marker eval --stdin --format $f 'python_full_version < "3.9"' --python 3.9.0
  feed "marker-stdin-extras-$f" $'{}\n{"extras": ["docs"]}\n' marker eval --stdin --format $f '"docs" in extras' \
    --python 3.9.0
  feed "abi-tag-$f" '' abi-tag --format $f 3.9.0rc1 3.9.4 3.9.0b2 nope 1.0 3.9.0.dev1 V3.9.0B2 V1.0
  feed "abi-tag-windows-$f" '' abi-tag --format $f --platform win_amd64 --debug 3.9.0b2 3.10.1
  feed "abi-tag-platform-$f" '' abi-tag --format $f --platform 'we"ird' 3.9.0b6
  feed "abi-tag-stdin-$f" $'3.9.0b6\nbad\n\n3.12.0\n' abi-tag --stdin --format $f
  feed "feature-limit-$f" '' feature-limit --format $f --running 3.9.3 --limit 4
  feed "feature-limit-unset-$f" '' feature-limit --format $f --running 3.9.3rc1
  feed "feature-limit-invalid-$f" '' feature-limit --format $f --running x
  feed "compat-$f" '' compat --format $f --running 3.9.0 --set 3.8 --set 3.7.2 --min 3.7
  feed "compat-no-minimum-$f" '' compat --format $f --running 3.9.0 --set 3.8
  feed "compat-no-call-$f" '' compat --format $f --running 3.9.0
  feed "compat-conflict-$f" '' compat --format $f --running 3.9.0 --min 3.8 --set 3.7
  feed "compat-call-$f" '' compat --format $f --running 3.9.0 --call min=3.7 --call compat_version=3.8 --set 3.7.5
  feed "compat-newer-$f" '' compat --format $f --running 3.9.0 --set 3.10
  feed "compat-invalid-call-$f" '' compat --format $f --running 3.9.0 --call foo=3.7
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
