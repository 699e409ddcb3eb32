#!/usr/bin/python3
# programme_gen.py: data for bench/programme.sh, a national programme of
# P partnerships x W yearly waves x R members on the built-in psf
# instrument. Writes into DIR, in the formats synergist's import commands
# read: partnerships.csv, members.csv (R members at a time, about a tenth
# leaving each year and replaced; organisations with their sector),
# waves.csv (opening each 1 June), meetings.csv (a meeting a month in each
# wave's year, each present member attending with probability 0.7) and
# answers.csv (every member present at a wave's opening answers with
# probability 0.85; answers driven by the partnership's level, a person
# trait and noise; a reverse-keyed item answered from the other end, as
# the demo's answers are, so that a member who rates the partnership well
# disagrees with "disagreements stay unresolved"; about 2% missing).
# Deterministic (seed 1), standard library only.
# Usage: programme_gen.py DIR ITEMS_CSV [P W R]
#   ITEMS_CSV: `synergist --format csv instrument show psf` (item,label,min,max,na,reverse,...)
import csv, os, random, sys

d, items_csv = sys.argv[1], sys.argv[2]
P, W, R = (int(x) for x in sys.argv[3:6]) if len(sys.argv) > 5 else (1000, 10, 30)
os.makedirs(d, exist_ok=True)
items = [(r["item"], int(r["min"]), int(r["max"]), r.get("reverse") == "yes")
         for r in csv.DictReader(open(items_csv))]
rng = random.Random(1)
SECTORS = ["nonprofit", "industry", "government", "academic", "health system"]
GROUPS = ["decision maker", "academic researcher", "research coordinator", "clinician",
          "health system administrator", "patient partner", "community organisation representative"]
Y0 = 2010
codes = ["P%04d" % p for p in range(P)]

with open(os.path.join(d, "partnerships.csv"), "w") as f:
    f.write("code,name\n")
    f.write("".join("%s,Partnership %s\n" % (c, c) for c in codes))
with open(os.path.join(d, "waves.csv"), "w") as f:
    f.write("partnership,wave,opens\n")
    f.write("".join("%s,w%02d,%d-06-01\n" % (c, w, Y0 + w) for c in codes for w in range(W)))

fm = open(os.path.join(d, "members.csv"), "w")
fm.write("id,partnership,organisation,sector,stakeholder_group,joined,left\n")
fg = open(os.path.join(d, "meetings.csv"), "w")
fg.write("partnership,date,kind,duration,attendees\n")
fa = open(os.path.join(d, "answers.csv"), "w")
fa.write("respondent,partnership,wave," + ",".join(i[0] for i in items) + "\n")

for c in codes:
    orgs = [("%s org %d" % (c, k), SECTORS[rng.randrange(len(SECTORS))]) for k in range(8)]
    level = rng.gauss(0, 0.5)
    members = []            # [id, org, group, joined_year, left_year or None, trait]
    def join(year):
        o = orgs[rng.randrange(len(orgs))]
        members.append(["%03d" % (len(members) + 1), o, GROUPS[rng.randrange(len(GROUPS))],
                        year, None, rng.gauss(0, 0.6)])
    for _ in range(R):
        join(Y0 - 1)
    rows = []
    for w in range(W):
        year = Y0 + w
        if w > 0:           # about a tenth leave at the end of the previous year, replaced
            present = [m for m in members if m[4] is None]
            for m in rng.sample(present, max(1, R // 10)):
                m[4] = year - 1
                join(year - 1)
        present = [m for m in members if m[4] is None]
        for month in range(1, 13):
            att = ";".join(m[0] for m in present if rng.random() < 0.7)
            fg.write("%s,%d-%02d-15,meeting,90,%s\n" % (c, year, month, att))
        for m in present:
            if rng.random() >= 0.85:
                continue
            base = 3.2 + level + m[5]
            vals = []
            for (_, lo, hi, rev) in items:
                if rng.random() < 0.02:
                    vals.append("")
                elif hi - lo == 1:
                    vals.append("1" if rng.random() < 0.5 else "0")
                else:
                    v = min(hi, max(lo, int(round(base + rng.gauss(0, 0.8)))))
                    vals.append(str(lo + hi - v if rev else v))
            rows.append("%s,%s,w%02d,%s\n" % (m[0], c, w, ",".join(vals)))
    fa.write("".join(rows))
    for m in members:
        fm.write("%s,%s,%s,%s,%s,%d-01-01,%s\n" % (m[0], c, m[1][0], m[1][1], m[2], m[3],
                 "%d-12-31" % m[4] if m[4] is not None else ""))
fm.close(); fg.close(); fa.close()
