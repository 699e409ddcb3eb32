# undefined_outputs.sh: "undefined is empty, never a number" in every
# output, not only in the functions (tests/unit/test_psy_undefined.c).
# Random studies of tiny groups (1 to 4 answer sets, suppress_min 1 so all
# are shown) whose answers are often degenerate: everyone the same answer,
# each item constant, a single respondent, most items skipped, members
# answering two waves alike (a zero paired SE). Every output (score in each
# mode and format, diagnose, portfolio, the report and the workbook) must
# hold no nan or inf, parse as strict JSON, and keep each statistic in its
# range: sd >= 0, ci_low <= mean <= ci_high inside the scale's range,
# alpha and alpha_std <= 1, rwg_j in [0, 1], item-rest r in [-1, 1],
# ICCs <= 1, a change inside its CI with df > 0.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" setting suppress_min 1 >/dev/null
"$SYN" instrument export psf > "$T/psf.json"
echo "id,partnership,organisation,sector,stakeholder_group,joined,left" > "$T/members.csv"
for p in P1 P2 P3 P4; do
  "$SYN" partnership add $p --name "Case $p" >/dev/null
  for w in 1 2 3; do "$SYN" wave add $p w$w --opens 201$((5 + w))-03-01 >/dev/null; done
  for r in 0 1 2 3; do echo "${p}m$r,$p,Org $p$((r % 2)),nonprofit,clinician,2015-01-01," >> "$T/members.csv"; done
done
"$SYN" member import "$T/members.csv" >/dev/null
for seed in 1 2 3 4; do
  export SYNERGIST_STUDY="$T/s$seed.db"
  cp "$STUDY" "$SYNERGIST_STUDY"
  python3 - "$T/psf.json" "$T" "$seed" <<'EOF'
import json, random, sys
inst = json.load(open(sys.argv[1])); T = sys.argv[2]; rnd = random.Random(int(sys.argv[3]))
items = inst["items"]
parts = ["P1", "P2", "P3", "P4"]
with open(f"{T}/answers.csv", "w") as out:
    out.write("respondent,partnership,wave," + ",".join(i["id"] for i in items) + "\n")
    prev = {}
    for w in ("w1", "w2", "w3"):
        for p in parts:
            mode = rnd.choice(["same", "itemconst", "random", "sparse", "one", "repeat"])
            n = 1 if mode == "one" else rnd.randint(1, 4)
            const = {i["id"]: rnd.randint(0, 1) if i["response"] == "yesno" else rnd.randint(1, 5) for i in items}
            for r in range(n):
                row = []
                for i in items:
                    yes = i["response"] == "yesno"
                    if mode == "same": v = 1 if yes else 3
                    elif mode == "itemconst": v = const[i["id"]]
                    elif mode == "repeat" and (p, r) in prev: v = prev[(p, r)][i["id"]]
                    elif mode == "sparse" and rnd.random() < 0.7: v = ""
                    else: v = rnd.randint(0, 1) if yes else rnd.randint(1, 5)
                    row.append(str(v))
                prev[(p, r)] = {i["id"]: (int(v) if v != "" else 1) for i, v in zip(items, row)}
                out.write(f"{p}m{r},{p},{w}," + ",".join(row) + "\n")
EOF
  expect_status 0 "$SYN" response import "$T/answers.csv" --instrument psf
  d="$T/out$seed"; mkdir -p "$d"
  for fmt in csv json; do
    "$SYN" score --instrument psf --format $fmt > "$d/score.$fmt"
    "$SYN" score --instrument psf --items --format $fmt > "$d/items.$fmt"
    "$SYN" score --instrument psf --between --format $fmt > "$d/between.$fmt"
    "$SYN" score --instrument psf --change --format $fmt > "$d/change.$fmt"
    "$SYN" score --instrument psf --change --members --format $fmt > "$d/members.$fmt"
    "$SYN" score --instrument psf --balance --format $fmt > "$d/balance.$fmt"
  done
  "$SYN" score --instrument psf > "$d/score.txt"
  "$SYN" score --instrument psf --change > "$d/change.txt"
  "$SYN" diagnose --format json > "$d/diagnose.json"
  "$SYN" diagnose > "$d/diagnose.txt"
  "$SYN" portfolio --table partnerships --format csv > "$d/portfolio.csv"
  "$SYN" portfolio --table partnerships --format json > "$d/portfolio.json"
  "$SYN" report --all --out "$d/report.html" >/dev/null
  "$SYN" report --all --xlsx "$d/report.xlsx" >/dev/null
done

python3 - "$T" "$T/psf.json" <<'EOF'
import csv, glob, json, math, os, re, sys, zipfile
T = sys.argv[1]; inst = json.load(open(sys.argv[2]))
bad = []; nVal = 0
count = {s["id"] for s in inst["scales"] if s.get("scoring") == "count"}
nItems = {}
for it in inst["items"]:
    for s in it["scales"]: nItems[s] = nItems.get(s, 0) + 1
def rng(scale):
    return (0, nItems[scale]) if scale in count else (1, 5)
undefined = re.compile(r"(?<![A-Za-z])-?(nan|inf|infinity)(?![A-Za-z])", re.I)
def num(r, k):
    v = r.get(k, "")
    if v in ("", None): return None
    x = float(v)
    if not math.isfinite(x) or abs(x) > 1e6: bad.append(f"{k}={v} in {r}")
    return x
def le(a, b, what, r, eps=1e-4):
    if a is not None and b is not None and a > b + eps: bad.append(f"{what}: {a} > {b} in {r}")
for d in sorted(glob.glob(f"{T}/out*")):
    for f in sorted(os.listdir(d)):
        p = f"{d}/{f}"
        if f.endswith(".xlsx"):
            z = zipfile.ZipFile(p)
            texts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml"]
        else:
            texts = [open(p, encoding="utf-8").read()]
        for t in texts:
            for m in undefined.finditer(t): bad.append(f"{p}: '{t[max(0, m.start()-60):m.end()+20]}'")
        if f.endswith(".json"):
            def no_const(c): bad.append(f"{p}: JSON constant {c}")
            json.loads(texts[0], parse_constant=no_const)
    for r in csv.DictReader(open(f"{d}/score.csv")):
        nVal += 1
        lo, hi = rng(r["scale"]); m = num(r, "mean")
        le(0, num(r, "sd"), "sd", r); le(lo, m, "mean range", r); le(m, hi, "mean range", r)
        le(num(r, "ci_low"), m, "ci_low", r); le(m, num(r, "ci_high"), "ci_high", r)
        le(num(r, "alpha"), 1, "alpha", r); le(num(r, "alpha_std"), 1, "alpha_std", r)
        le(0, num(r, "rwg_j"), "rwg_j", r); le(num(r, "rwg_j"), 1, "rwg_j", r)
    for r in csv.DictReader(open(f"{d}/items.csv")):
        nVal += 1
        x = num(r, "item_rest"); le(-1, x, "item_rest", r); le(x, 1, "item_rest", r)
        le(num(r, "alpha_if_deleted"), 1, "alpha_if_deleted", r)
    for r in csv.DictReader(open(f"{d}/between.csv")):
        nVal += 1
        for k in ("icc1", "icc1_k0", "icc2"): le(num(r, k), 1, k, r)
        k = int(r["n"]) / int(r["groups"]) if int(r["groups"]) else 0
        if k > 1: le(-1 / (k - 1), num(r, "icc1"), "icc1 >= -1/(k-1)", r)
    for r in csv.DictReader(open(f"{d}/change.csv")):
        nVal += 1
        c = num(r, "change")
        le(num(r, "ci_low"), c, "change ci", r); le(c, num(r, "ci_high"), "change ci", r)
        le(num(r, "effect_low"), num(r, "effect"), "effect ci", r); le(num(r, "effect"), num(r, "effect_high"), "effect ci", r)
        df = num(r, "df")
        if df is not None and df <= 0: bad.append(f"df {df} in {r}")
        if (r["ci_low"] == "") != (r["clear"] == ""): bad.append(f"clear without a CI: {r}")
    for r in csv.DictReader(open(f"{d}/members.csv")):
        nVal += 1; num(r, "rci"); num(r, "change")
    for r in csv.DictReader(open(f"{d}/balance.csv")):
        nVal += 1
        m = num(r, "balance"); le(0, num(r, "sd"), "sd", r)
        le(num(r, "ci_low"), m, "balance ci", r); le(m, num(r, "ci_high"), "balance ci", r)
    for f in json.load(open(f"{d}/diagnose.json")):
        for k, v in f["figures"].items():
            nVal += 1
            if v is not None and (not math.isfinite(v) or abs(v) > 1e6): bad.append(f"diagnose {f['kind']} {k}={v}")
    for r in csv.DictReader(open(f"{d}/portfolio.csv")):
        nVal += 1; s = num(r, "synergy"); le(1, s, "synergy", r); le(s, 5, "synergy", r)
        x = num(r, "response_rate"); le(0, x, "response_rate", r)
if nVal < 2000: bad.append(f"only {nVal} values checked")
print(f"{nVal} values checked", file=sys.stderr)
if bad:
    print("\n".join(bad[:30])); sys.exit(1)
EOF
echo ok
