#!/usr/bin/env python3
"""Draws the labelled sample for issue 9 from one `cadence audit --format json` run.

Stratified by the gate's verdict at the time of drawing (the "before" gate): N changes it flagged
(review or reject) and N it allowed, drawn with a fixed seed. The strata and their sizes are kept in
sample.json so that evaluate.py can weight each stratum by its share of the range. Changes are given
to the labellers shuffled and without the gate's verdict (blind labelling).

    python3 sample.py AUDIT.json --per-stratum 40 --seed 9 > sample.json
"""
import argparse
import json
import random

parser = argparse.ArgumentParser()
parser.add_argument("audit")
parser.add_argument("--per-stratum", type=int, default=40)
parser.add_argument("--seed", type=int, default=9)
args = parser.parse_args()

audit = json.load(open(args.audit))
judged = [c for c in audit["changes"] if not c["never_shipped"]]
flagged = [c for c in judged if c["verdict"] in ("review", "reject")]
allowed = [c for c in judged if c["verdict"] == "allow"]
rng = random.Random(args.seed)
picked = [("flagged", c) for c in rng.sample(flagged, args.per_stratum)]
picked += [("allowed", c) for c in rng.sample(allowed, args.per_stratum)]
rng.shuffle(picked)
print(json.dumps({
    "range": audit["range"], "target": audit["target"], "date": audit["date"], "seed": args.seed,
    "strata": {"flagged": len(flagged), "allowed": len(allowed)},
    "changes": [
        {"change": c["change"], "commits": c["commits"], "title": c["title"], "stratum": s}
        for s, c in picked
    ],
}, indent=1))
