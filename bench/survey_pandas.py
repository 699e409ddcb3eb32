#!/usr/bin/python3
# survey_pandas.py: the same scoring with pandas, for bench/survey.sh: per
# partnership x wave x scale, n, mean and SD of the scale scores (mean of
# answered items after reverse keying, half the items needed) and Cronbach's
# alpha on complete cases. Prints the seconds spent scoring (after reading).
import sys, time, json
import numpy as np, pandas as pd
d = sys.argv[1]
inst = json.load(open(d + "/bench.json"))
df = pd.read_csv(d + "/answers.csv")
t0 = time.time()
out = []
scales = {}
for it in inst["items"]:
    scales.setdefault(it["scales"][0], []).append((it["id"], it.get("reverse", False)))
for s, items in scales.items():
    cols = [i for i, _ in items]
    x = df[cols].copy()
    for i, rev in items:
        if rev: x[i] = 6 - x[i]
    k = len(cols)
    score = x.mean(axis=1).where(x.notna().sum(axis=1) >= k / 2)
    x["score"] = score; x["total"] = x[cols].sum(axis=1, min_count=k)
    x["partnership"] = df["partnership"]; x["wave"] = df["wave"]
    g = x.groupby(["partnership", "wave"])
    desc = g["score"].agg(["count", "mean", "std"])
    comp = x.dropna(subset=cols).groupby(["partnership", "wave"])
    item_var = comp[cols].var().sum(axis=1)
    tot_var = comp["total"].var()
    desc["alpha"] = k / (k - 1) * (1 - item_var / tot_var)
    desc["scale"] = s
    out.append(desc)
res = pd.concat(out)
t1 = time.time()
print("%.6f %d" % (t1 - t0, len(res)))
