#!/usr/bin/python3
"""compare_metrics.py EXPECTED.json GOT.json: every figure of every
partnership in EXPECTED (python3-igraph, gen_networks.py) against
synergist's `network metrics --format json`; prints each difference and
exits 1 when there is one."""
import json, sys
exp = json.load(open(sys.argv[1]))
got = {g["partnership"]: g for g in json.load(open(sys.argv[2]))}
bad = 0
def same(a, b):
    if a is None or b is None: return a is None and b is None
    if isinstance(a, (bool, str)) or isinstance(b, (bool, str)): return a == b
    return abs(a - b) <= 1e-3 * max(1, abs(a))
for p, e in exp.items():
    if p not in got:
        print("missing partnership", p); bad += 1; continue
    g = got[p]
    for k, v in e.items():
        if k == "nodes_detail": continue
        if not same(v, g.get(k)):
            print("%s %s: expected %r got %r" % (p, k, v, g.get(k))); bad += 1
    nodes = {n["node"]: n for n in g["nodes_detail"]}
    for en in e["nodes_detail"]:
        gn = nodes.get(en["node"], {})
        for k, v in en.items():
            if not same(v, gn.get(k)):
                print("%s %s %s: expected %r got %r" % (p, en["node"], k, v, gn.get(k))); bad += 1
print("compared %d partnerships, %d differences" % (len(exp), bad))
sys.exit(1 if bad else 0)
