#!/usr/bin/python3
"""network_igraph.py TIES.csv MEMBERS.csv: the peer of `synergist network
metrics`: reads the same ties, builds every partnership-wave network with
python3-igraph as synergist defines it (organisations as nodes, a directed
tie for collaboration 1 or more) and computes the same figures. Prints the
seconds spent on partnerships other than BIG and on BIG, and the networks."""
import csv, sys, time
import igraph as ig
t0 = time.perf_counter()
org_of, orgs_of = {}, {}
for r in csv.DictReader(open(sys.argv[2])):
    org_of[(r["partnership"], r["id"])] = r["organisation"]
    orgs_of.setdefault(r["partnership"], set()).add(r["organisation"])
nets = {}
for r in csv.DictReader(open(sys.argv[1])):
    nets.setdefault((r["partnership"], r["wave"]), []).append(r)
def figures(p, rows):
    names = sorted(orgs_of[p]); idx = {o: i for i, o in enumerate(names)}
    arcs = {}
    for r in rows:
        if int(r["collaboration"]) < 1: continue
        a, b = idx[org_of[(p, r["respondent"])]], idx[r["organisation"]]
        arcs[(a, b)] = max(arcs.get((a, b), 0), int(r["collaboration"]))
    g = ig.Graph(n=len(names), edges=list(arcs), directed=True)
    u = g.as_undirected(mode="collapse")
    deg = u.degree(); n = len(names)
    cent = sum(max(deg) - d for d in deg) / ((n - 1) * (n - 2))
    comps = u.connected_components()
    return (u.ecount(), u.density(), cent, g.reciprocity(), u.transitivity_undirected(), len(comps),
            u.average_path_length(directed=False), g.indegree(), g.outdegree(),
            u.betweenness(directed=False), u.articulation_points(), u.coreness())
t_small = t_big = 0.0
for (p, w), rows in nets.items():
    t = time.perf_counter()
    figures(p, rows)
    if p == "BIG": t_big += time.perf_counter() - t
    else: t_small += time.perf_counter() - t
read = time.perf_counter() - t0 - t_small - t_big
print("%.3f %.3f %.3f %d" % (t_small, t_big, read, len(nets)))
