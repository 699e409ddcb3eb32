#!/usr/bin/python3
# survey_gen.py: data for bench/survey.sh, a national-scale programme:
# P partnerships x W waves x R respondents x 60 items (default 1000 x 10 x 30
# = 18 million answers). Writes into DIR: bench.json (60 items on 1..5 in 10
# scales of 6, the 2nd item of each reverse keyed), partnerships.txt,
# waves.csv and answers.csv (about 2% missing). Deterministic (seed 1).
# Usage: survey_gen.py DIR [P W R]
import sys, json, os
import numpy as np
d = sys.argv[1]
P, W, R = (int(x) for x in sys.argv[2:5]) if len(sys.argv) > 4 else (1000, 10, 30)
K, S = 60, 10
os.makedirs(d, exist_ok=True)
inst = {"synergist_instrument": 1, "id": "bench", "title": {"en": "Benchmark instrument"},
        "responses": [{"id": "agree5", "min": 1, "max": 5, "labels": {"en": ["1", "2", "3", "4", "5"]}}],
        "scales": [{"id": "s%02d" % s, "label": {"en": "Scale %d" % s}} for s in range(S)],
        "items": [dict(id="i%02d" % k, label={"en": "Item %d" % k}, response="agree5",
                       scales=["s%02d" % (k // 6)], **({"reverse": True} if k % 6 == 1 else {})) for k in range(K)]}
json.dump(inst, open(os.path.join(d, "bench.json"), "w"))
codes = ["P%04d" % p for p in range(P)]
open(os.path.join(d, "partnerships.txt"), "w").write("\n".join(codes) + "\n")
with open(os.path.join(d, "waves.csv"), "w") as f:
    f.write("partnership,wave,opens\n")
    for c in codes:
        for w in range(W):
            f.write("%s,w%02d,%d-06-01\n" % (c, w, 2010 + w))
rng = np.random.default_rng(1)
with open(os.path.join(d, "answers.csv"), "w") as f:
    f.write("respondent,partnership,wave," + ",".join("i%02d" % k for k in range(K)) + "\n")
    for p, c in enumerate(codes):
        level = 3 + 0.5 * rng.standard_normal()
        x = level + 0.6 * rng.standard_normal((W * R, 1)) + 0.8 * rng.standard_normal((W * R, K))
        x = np.clip(np.rint(x), 1, 5).astype(int)
        x[:, 1::6] = 6 - x[:, 1::6]
        miss = rng.random((W * R, K)) < 0.02
        lines = []
        for i in range(W * R):
            vals = ["" if miss[i, k] else str(x[i, k]) for k in range(K)]
            lines.append("r%d,%s,w%02d,%s\n" % (i % R, c, i // R, ",".join(vals)))
        f.write("".join(lines))
