#!/usr/bin/python3
"""gen_networks.py OUTDIR: writes a study's inputs with known networks
(isolates, two components, a star, a complete graph, a directed network
with partial reciprocity, a member-level case) and the figures
python3-igraph computes for them (expected.json). Used by
tests/e2e/network_metrics.sh; the networks are fixed (seeded)."""
import csv, json, math, os, random, sys
import igraph as ig

out = sys.argv[1]
rnd = random.Random(17)
SECTORS = ["academic", "government", "health system", "nonprofit", "industry"]

# name -> (n_orgs, list of directed arcs (a, b, level)), one respondent per org
nets = {}
nets["ISO"] = (5, [(0, 1, 3), (1, 0, 1)])
nets["TWO"] = (5, [(0, 1, 2), (1, 2, 4), (2, 0, 1), (3, 4, 5)])
nets["STAR"] = (7, [(0, k, 2) for k in range(1, 7)] + [(k, 0, 3) for k in range(1, 4)])
nets["FULL"] = (5, [(a, b, 4) for a in range(5) for b in range(5) if a != b])
arcs = []
for a in range(10):
    for b in range(10):
        if a != b and rnd.random() < 0.3:
            arcs.append((a, b, rnd.randint(1, 5)))
nets["DIRP"] = (10, arcs)

def org(p, i):
    return "%s org %02d" % (p, i)

members, ties, expected = [], [], {}
for p, (n, arcs) in sorted(nets.items()):
    for i in range(n):
        members.append((p, "%s%02d" % (p[0].lower(), i), org(p, i), SECTORS[i % 5]))
    # level-0 answers too: they are no tie
    rows = []
    for (a, b, lev) in arcs:
        rates = [rnd.choice(["", 1, 2, 3, 4]) for _ in range(6)]
        rows.append((p, "w1", "%s%02d" % (p[0].lower(), a), org(p, b), lev, rnd.randint(0, 5), *rates))
    named = {(a, b) for (a, b, lev) in arcs}
    free = [b for b in range(n - 1) if (n - 1, b) not in named]
    if free:
        rows.append((p, "w1", "%s%02d" % (p[0].lower(), n - 1), org(p, free[0]), 0, "", "", "", "", "", "", ""))
    ties.extend(rows)
    # the same graph in igraph: directed ties of level >= 1
    g = ig.Graph(n=n, edges=[(a, b) for (a, b, lev) in arcs], directed=True)
    u = g.as_undirected(mode="collapse")
    deg = u.degree()
    # igraph_centralization_degree, mode all, no loops, normalised:
    # sum(max - d) / ((n-1)(n-2)) for an undirected graph (its theoretical maximum)
    cent = sum(max(deg) - d for d in deg) / ((n - 1) * (n - 2))
    comps = u.connected_components()
    trust, value = [], []
    for (a, b, lev) in arcs:
        r = [x for x in rows if x[2] == "%s%02d" % (p[0].lower(), a) and x[3] == org(p, b)][0]
        t = [x for x in r[6:9] if x != ""]
        v = [x for x in r[9:12] if x != ""]
        if t: trust.append(sum(t) / len(t))
        if v: value.append(sum(v) / len(v))
    nanv = lambda x: None if (x is None or (isinstance(x, float) and math.isnan(x))) else x
    e = {
        "nodes": n, "ties": u.ecount(), "density": u.density(loops=False),
        "degree_centralization": cent, "reciprocity": nanv(g.reciprocity()),
        "transitivity": nanv(u.transitivity_undirected()),
        "components": len(comps), "largest_component_share": max(comps.sizes()) / n,
        "mean_distance": nanv(u.average_path_length(directed=False, unconn=True)),
        "trust_score": 100 * sum(trust) / len(trust) / 4 if trust else None,
        "value_score": 100 * sum(value) / len(value) / 4 if value else None,
        "nodes_detail": [],
    }
    art = set(u.articulation_points())
    betw = u.betweenness(directed=False)
    core = u.coreness()
    for i in range(n):
        e["nodes_detail"].append({"node": org(p, i), "degree": deg[i], "in_degree": g.indegree()[i],
            "out_degree": g.outdegree()[i], "betweenness": betw[i], "articulation": i in art,
            "coreness": core[i]})
    expected[p] = e

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "partnerships.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["code", "name"])
    for p in sorted(nets): w.writerow([p, "network " + p])
with open(os.path.join(out, "members.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["id", "partnership", "organisation", "sector", "joined"])
    for (p, pid, o, s) in members: w.writerow([pid, p, o, s, "2014-01-01"])
with open(os.path.join(out, "waves.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["partnership", "wave", "opens"])
    for p in sorted(nets): w.writerow([p, "w1", "2015-01-01"])
with open(os.path.join(out, "ties.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["partnership", "wave", "respondent", "organisation", "collaboration", "frequency",
                "trust_reliable", "trust_mission", "trust_open", "value_power", "value_involvement", "value_resources"])
    for r in ties: w.writerow(r)
with open(os.path.join(out, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)
