#!/usr/bin/env python3
"""Scores one `cadence audit --format json` run against the labelled sample (issue 9).

    python3 evaluate.py sample.json labels.jsonl AUDIT.json

The sample was drawn in two strata by the gate's verdict when it was drawn (flagged / allowed, see
sample.py); each labelled change counts for its stratum's share of the range (weight = stratum size /
labelled changes in it), so the figures estimate the whole range, not only the sample. A change is
found in the audit by its commits (the grouping may change between runs). "Flagged" means review or
reject; a change the audit reports as never shipped or already released is not flagged. A label of
already-shipped counts as "does not deserve a flag".
"""
import json
import sys

sample = json.load(open(sys.argv[1]))
labels = [json.loads(line) for line in open(sys.argv[2]) if line.strip()]
audit = json.load(open(sys.argv[3]))

stratum_of = {c["change"]: c["stratum"] for c in sample["changes"]}
entry_of_commit = {}
for entry in audit["changes"]:
    for sha in entry["commits"]:
        entry_of_commit[sha] = entry


def gate_flags(entry):
    if entry.get("never_shipped") or entry.get("already_released"):
        return False
    return entry["verdict"] in ("review", "reject")


counted = {"flagged": 0, "allowed": 0}
for label in labels:
    counted[stratum_of[label["change"]]] += 1
weight = {s: sample["strata"][s] / counted[s] for s in counted if counted[s]}

tp = fp = fn = tn = 0.0
kind_ok = total = 0.0
raw = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "kind_ok": 0, "n": 0}
rows = []
for label in labels:
    entry = next((entry_of_commit[s] for s in label["commits"] if s in entry_of_commit), None)
    if entry is None:
        print(f"not in the audit: {label['change'][:10]}", file=sys.stderr)
        continue
    w = weight[stratum_of[label["change"]]]
    deserves = label["verdict"] in ("review", "reject")
    flagged = gate_flags(entry)
    key = ("tp" if deserves else "fp") if flagged else ("fn" if deserves else "tn")
    raw[key] += 1
    if key == "tp": tp += w
    elif key == "fp": fp += w
    elif key == "fn": fn += w
    else: tn += w
    good_kind = entry["kind"] == label["kind"]
    raw["kind_ok"] += good_kind
    raw["n"] += 1
    kind_ok += w * good_kind
    total += w
    rows.append((key, label["change"][:10], label["verdict"], label["kind"],
                 "never shipped" if entry.get("never_shipped") else
                 "already released" if entry.get("already_released") else entry["verdict"],
                 entry["kind"], entry["title"][:60]))

judged = [e for e in audit["changes"]]
flagged_share = sum(gate_flags(e) for e in judged) / len(judged)
precision = tp / (tp + fp) if tp + fp else float("nan")
recall = tp / (tp + fn) if tp + fn else float("nan")
print(f"range {audit['range']} for {audit['target']} on {audit['date']}: {len(judged)} changes")
print(f"sample: {raw['n']} labelled (tp {raw['tp']}, fp {raw['fp']}, fn {raw['fn']}, tn {raw['tn']}), "
      f"kind right {raw['kind_ok']}/{raw['n']}")
print(f"precision {precision:.0%}  (goal 85%)")
print(f"recall    {recall:.0%}  (goal 85%)")
print(f"kind      {kind_ok / total:.0%}  (goal 90%)")
print(f"flagged   {flagged_share:.1%} of the range  (goal at most 12%)")
if "-v" in sys.argv:
    for row in sorted(rows):
        print("  ".join(str(x).ljust(w) for x, w in zip(row, (3, 11, 16, 23, 17, 23, 60))))
