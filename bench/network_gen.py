#!/usr/bin/python3
"""network_gen.py OUTDIR NPART [BIG_NODES BIG_TIES]: a programme of NPART
partnerships with 30 organisations (one respondent each) and 3 waves, each
respondent naming about 5 others per wave; with BIG_NODES and BIG_TIES also
one partnership BIG of that many organisations and directed ties. Writes
partnerships.csv, members.csv, waves.csv, ties.csv (synergist's import
columns). Seeded: the same arguments give the same files."""
import csv, os, random, sys
out, npart = sys.argv[1], int(sys.argv[2])
big = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else None
rnd = random.Random(2015)
SECT = ["academic", "government", "health system", "nonprofit", "industry"]
os.makedirs(out, exist_ok=True)
parts = ["P%04d" % i for i in range(npart)]
with open(os.path.join(out, "partnerships.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["code", "name"])
    for p in parts: w.writerow([p, "partnership " + p])
    if big: w.writerow(["BIG", "a large network"])
mem = csv.writer(open(os.path.join(out, "members.csv"), "w", newline=""))
mem.writerow(["id", "partnership", "organisation", "sector", "joined"])
wav = csv.writer(open(os.path.join(out, "waves.csv"), "w", newline=""))
wav.writerow(["partnership", "wave", "opens"])
tie = csv.writer(open(os.path.join(out, "ties.csv"), "w", newline=""))
tie.writerow(["partnership", "wave", "respondent", "organisation", "collaboration", "trust_reliable", "value_power"])
for p in parts:
    for i in range(30): mem.writerow(["m%02d" % i, p, "org %02d" % i, SECT[i % 5], "2014-01-01"])
    for k, d in enumerate(["2015-01-01", "2016-01-01", "2017-01-01"]):
        wav.writerow([p, "w%d" % (k + 1), d])
        for i in range(30):
            for j in rnd.sample([j for j in range(30) if j != i], 5):
                tie.writerow([p, "w%d" % (k + 1), "m%02d" % i, "org %02d" % j, rnd.randint(0, 5), rnd.randint(1, 4), rnd.randint(1, 4)])
if big:
    n, m = big
    for i in range(n): mem.writerow(["b%04d" % i, "BIG", "big org %04d" % i, SECT[i % 5], "2014-01-01"])
    wav.writerow(["BIG", "w1", "2015-01-01"])
    seen = set()
    while len(seen) < m:
        a, b = rnd.randrange(n), rnd.randrange(n)
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            tie.writerow(["BIG", "w1", "b%04d" % a, "big org %04d" % b, rnd.randint(1, 5), "", ""])
