#!/usr/bin/env bash
# Measures Cadence against the peer it must agree with, pypa/packaging 26.2, in the same run.
#
#   Benchmarks/run.sh [REPETITIONS]      (default 5; each figure is the best of the repetitions)
#
# On a shared machine a whole process can run slow (seen here: the same binary parsed the corpus in
# 11 ms or 18 ms depending on the process), so each side runs in 3 separate processes and every
# figure is the best over all of them; Cadence's figures, which take milliseconds, use 4 x REPETITIONS
# repetitions per process.
#
# 1. builds cadence and cadence-bench in release mode;
# 2. installs packaging==26.2 into a virtual environment of its own (Benchmarks/.venv);
# 3. in-process: parse all of Benchmarks/Data/versions_100k.txt, sort them, SpecifierSet
#    ">=3.9,!=3.9.0a5,<4" contains over all, 100,000 marker evaluations with varying environments;
# 4. whole process: `cadence version sort < versions_100k.txt` against the equivalent python3 process;
# and prints each figure for both with the ratio. Goals: >= 30x in-process, >= 10x whole process.
set -euo pipefail
cd "$(dirname "$0")/.."
repetitions="${1:-5}"
data=Benchmarks/Data/versions_100k.txt

echo "building release binaries..." >&2
swift build -c release --product cadence >&2
swift build -c release --product cadence-bench >&2
bin="$(swift build -c release --show-bin-path)"

venv=Benchmarks/.venv
if [ ! -x "$venv/bin/python" ]; then
  echo "creating $venv with packaging==26.2..." >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "packaging==26.2"
fi
python="$venv/bin/python"

echo "measuring (3 processes per side, best of $repetitions per process; Cadence best of $((repetitions * 4)))..." >&2
rm -f /tmp/cadence-bench.$$.swift /tmp/cadence-bench.$$.python
for _ in 1 2 3; do
  "$bin/cadence-bench" "$data" "$((repetitions * 4))" >> /tmp/cadence-bench.$$.swift
  "$python" Benchmarks/packaging_bench.py "$data" "$repetitions" >> /tmp/cadence-bench.$$.python
done

"$python" - "$bin/cadence" "$data" "$repetitions" /tmp/cadence-bench.$$.swift /tmp/cadence-bench.$$.python "$python" <<'PY'
import platform, subprocess, sys, time
cadence, data, repetitions, swift_file, python_file, python = sys.argv[1:]
repetitions = int(repetitions)

def read(path):
    """The best (lowest) time per operation over every process's line for it."""
    best = {}
    for fields in (line.rstrip("\n").split("\t") for line in open(path)):
        entry = (float(fields[1]), int(fields[2]), fields[3])
        if fields[0] not in best or entry[0] < best[fields[0]][0]:
            best[fields[0]] = entry
    return best

swift, peer = read(swift_file), read(python_file)
labels = {
    "parse": "parse all versions",
    "sort": "sort all versions",
    "contains": 'SpecifierSet(">=3.9,!=3.9.0a5,<4").contains',
    "marker": "marker evaluations",
}
print(f"machine: {platform.machine()}, {platform.processor() or 'unknown cpu'}, {platform.system()} {platform.release()}")
print(f"{'operation':46} {'items':>7} {'cadence':>12} {'packaging':>12} {'ratio':>8}  agree")
failed = False
for key, label in labels.items():
    s_seconds, items, s_check = swift[key]
    p_seconds, _, p_check = peer[key]
    ratio = p_seconds / s_seconds
    agree = "yes" if s_check == p_check else f"NO ({s_check} vs {p_check})"
    failed |= s_check != p_check or ratio < 30
    print(f"{label:46} {items:>7} {s_seconds*1e3:>10.2f}ms {p_seconds*1e3:>10.2f}ms {ratio:>7.1f}x  {agree}")

def whole(command, stdin_path):
    times = []
    for _ in range(repetitions):
        with open(stdin_path, "rb") as stdin:
            start = time.perf_counter()
            subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
    return min(times)

peer_sort = (
    "import sys\nfrom packaging.version import Version\n"
    "lines = [l.rstrip('\\n') for l in sys.stdin if l.strip()]\n"
    "lines.sort(key=Version)\nsys.stdout.write('\\n'.join(lines) + '\\n')\n"
)
s_whole = whole([cadence, "version", "sort"], data)
p_whole = whole([python, "-c", peer_sort], data)
ratio = p_whole / s_whole
failed |= ratio < 10
print(f"{'whole process: version sort < versions_100k':46} {100000:>7} {s_whole*1e3:>10.2f}ms {p_whole*1e3:>10.2f}ms {ratio:>7.1f}x")
ours = subprocess.run([cadence, "version", "sort"], stdin=open(data, "rb"), capture_output=True, check=True).stdout
theirs = subprocess.run([python, "-c", peer_sort], stdin=open(data, "rb"), capture_output=True, check=True).stdout
print("whole-process outputs identical:", "yes" if ours == theirs else "NO")
failed |= ours != theirs
print("goals (>=30x in-process, >=10x whole process, identical answers):", "met" if not failed else "NOT met")
PY
rm -f /tmp/cadence-bench.$$.swift /tmp/cadence-bench.$$.python
