# suppress_attack.sh: small-cell suppression cannot be undone by
# subtraction, in any output. A study built to break a per-group rule:
# in w1, partnership B has 7 answer sets but only 3 answer the synergy
# items; D has 4 answer sets (withheld whole), and C, the next smallest
# group, answered none of the trust items, so withholding C whole would
# leave D's trust figures to subtraction; E answered its checklists in
# part; w2 has such gaps too. For every output the test
# collects the published cells (partnership x wave x scale, and the
# balance) and attacks them: for every pooled "all" cell and every subset of
# the shown cells of its wave and scale, the pooled n minus the subset's n
# must be 0 or at least suppress_min (5); a figure published anywhere
# (score in every mode and format, diagnose, portfolio, the report's tables
# and the workbook) must belong to a cell that score shows.
. "$E2E_LIB"
"$SYN" init >/dev/null
for p in A B C D E; do
  "$SYN" partnership add $p --name "Case $p" >/dev/null
  "$SYN" wave add $p w1 --opens 2017-03-01 >/dev/null
  "$SYN" wave add $p w2 --opens 2018-03-01 >/dev/null
done
"$SYN" instrument export psf > "$T/psf.json"
python3 - "$T/psf.json" "$T/answers.csv" <<'EOF'
import json, sys, random
inst = json.load(open(sys.argv[1]))
items = inst["items"]
rnd = random.Random(14)
def skip(item, scales):
    return any(s in item["scales"] for s in scales)
# partnership, wave, answer sets, scales skipped by the first k of them
plan = [("A", "w1", 9, [], 0), ("B", "w1", 7, ["synergy"], 4), ("C", "w1", 6, ["trust"], 6),
        ("D", "w1", 4, [], 0), ("E", "w1", 8, ["benefits_checklist"], 5),
        ("A", "w2", 8, [], 0), ("B", "w2", 6, ["trust"], 2), ("C", "w2", 5, ["synergy"], 1),
        ("D", "w2", 3, [], 0), ("E", "w2", 9, ["drawbacks_checklist", "synergy"], 6)]
out = open(sys.argv[2], "w")
out.write("respondent,partnership,wave," + ",".join(i["id"] for i in items) + "\n")
for p, w, n, sk, k in plan:
    for r in range(n):
        row = []
        for i in items:
            if r < k and skip(i, sk): row.append("")
            elif i["response"] == "yesno": row.append(str(rnd.randint(0, 1)))
            else: row.append(str(rnd.randint(1, 5)))
        out.write("%s%s%d,%s,%s,%s\n" % (p, w, r, p, w, ",".join(row)))
EOF
expect_status 0 "$SYN" response import "$T/answers.csv" --instrument psf

# Every output, as files.
"$SYN" score --instrument psf --format csv > "$T/score.csv"
"$SYN" score --instrument psf --format json > "$T/score.json"
"$SYN" score --instrument psf --wave w1 --format csv > "$T/score_w1.csv"
"$SYN" score --instrument psf --balance --format csv > "$T/balance.csv"
"$SYN" score --instrument psf --items --format csv > "$T/items.csv"
"$SYN" score --instrument psf --change --format csv > "$T/change.csv"
"$SYN" score --instrument psf --between --format csv > "$T/between.csv"
"$SYN" score --instrument psf --no-suppress --format csv > "$T/raw.csv"
"$SYN" diagnose --format json > "$T/diagnose.json"
"$SYN" portfolio --table partnerships --format csv > "$T/portfolio.csv"
"$SYN" report --all --out "$T/report.html" >/dev/null
"$SYN" report --all --xlsx "$T/report.xlsx" >/dev/null

python3 - "$T" <<'EOF'
import csv, itertools, json, re, sys, zipfile
T = sys.argv[1]; NMIN = 5
bad = []
def rows(f): return list(csv.DictReader(open(f"{T}/{f}")))

# Cells score shows: (partnership, wave, scale) -> n.
def cells(rs, key="scale"):
    c = {}
    for r in rs:
        if r.get("note") == "suppressed" or r["n"] == "": continue
        c[(r["partnership"], r["wave"], r.get(key, "balance"))] = int(r["n"])
    return c
shown = cells(rows("score.csv"))
if not shown: bad.append("score shows nothing")
js = json.load(open(f"{T}/score.json"))
shown_js = {(r["partnership"], r["wave"], r["scale"]): r["n"] for r in js if r.get("note") != "suppressed" and r.get("n") is not None}
if shown_js != shown: bad.append("score --format json shows other cells than csv")
w1 = {k: v for k, v in shown.items() if k[1] == "w1"}
if cells(rows("score_w1.csv")) != w1: bad.append("score --wave w1 shows other cells")
bal = cells(rows("balance.csv"))

# The attack: every pooled cell, every subset of the shown cells of its wave and scale.
def attack(c, what):
    n = 0
    for k, v in c.items():
        if 0 < v < NMIN: bad.append(f"{what}: {k} shown with n={v}")
    for (p, w, s), nAll in c.items():
        if p != "all": continue
        parts = [v for (q, x, t), v in c.items() if q != "all" and x == w and t == s]
        for k in range(len(parts) + 1):
            for sub in itertools.combinations(parts, k):
                left = nAll - sum(sub); n += 1
                if 0 < left < NMIN: bad.append(f"{what}: all {w} {s} n={nAll} minus {sub} leaves {left}")
    return n
nAttack = attack(shown, "score") + attack(bal, "balance")

# The study does hit the rule: cells withheld that a per-group rule would show.
raw = cells(rows("raw.csv"))
if ("B", "w1", "synergy") in shown: bad.append("B w1 synergy (n=3) shown")
withheld = [k for k in raw if k not in shown and raw[k] >= NMIN and k[0] != "D"]
if not withheld: bad.append("no complementary suppression happened: the study does not test it")

# Every other output publishes only cells score shows.
for r in rows("items.csv"):
    if r["item_rest"] != "" or r["alpha_if_deleted"] != "":
        if (r["partnership"], r["wave"], r["scale"]) not in shown: bad.append(f"items: {r}")
for r in rows("change.csv"):
    for w in (r["wave"], r["from_wave"]):
        if (r["partnership"], w, r["scale"]) not in shown: bad.append(f"change uses withheld cell: {r}")
for r in rows("between.csv"):
    s = r["scale"]; n = sum(v for (p, w, t), v in shown.items() if p != "all" and w == r["wave"] and t == s)
    if int(r["n"]) != n: bad.append(f"between {r['wave']} {s} uses n={r['n']}, shown cells hold {n}")
for r in rows("portfolio.csv"):
    if r["synergy"] != "" and (r["partnership"], r["wave"], "synergy") not in shown:
        bad.append(f"portfolio shows withheld synergy {r}")
for f in json.load(open(f"{T}/diagnose.json")):
    if f["wave"] is None or not f["figures"]: continue
    for e in f["evidence"]:
        if e["type"] == "scale" and f["kind"] == "low_determinant" and (f["partnership"], f["wave"], e["ref"]) not in shown:
            bad.append(f"diagnose: {f['kind']} on withheld {f['partnership']} {f['wave']} {e['ref']}")
    if f["kind"] == "benefits_below_drawbacks" and (f["partnership"], f["wave"], "balance") not in bal:
        bad.append(f"diagnose: balance of withheld {f['partnership']} {f['wave']}")

# The report's tables (HTML) and the workbook: the scores table's cells.
def table_cells(header, body):
    out = []
    for r in body:
        d = dict(zip(header, r))
        if d.get("n", "") not in ("", None) and d.get("scale"):
            out.append((d["partnership"], d["wave"], d["scale"], d.get("mean", "")))
    return out
html = open(f"{T}/report.html", encoding="utf-8").read()
nRep = 0
for tab in re.findall(r"<table.*?</table>", html, re.S):
    thead = re.search(r"<thead>(.*?)</thead>", tab, re.S)
    if not thead: continue
    head = [re.sub(r"<.*?>", "", h).strip().lower() for h in re.findall(r"<th[^>]*>(.*?)</th>", thead.group(1), re.S)]
    head = ["n" if h == "respondents" else h for h in head]
    if "scale" not in head or "partnership" not in head: continue
    tbody = re.search(r"<tbody>(.*?)</tbody>", tab, re.S)
    body = [[re.sub(r"<.*?>", "", c).strip() for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", tr, re.S)]
            for tr in re.findall(r"<tr>(.*?)</tr>", tbody.group(1) if tbody else "", re.S)]
    for p, w, s, m in table_cells(head, [b for b in body if b]):
        nRep += 1
        if (p, w, s) not in shown: bad.append(f"report table shows withheld {p} {w} {s}")
z = zipfile.ZipFile(f"{T}/report.xlsx")
strings = re.findall(r"<t[^>]*>(.*?)</t>", z.read("xl/sharedStrings.xml").decode()) if "xl/sharedStrings.xml" in z.namelist() else []
nBook = 0
for name in z.namelist():
    if not name.startswith("xl/worksheets/sheet"): continue
    grid = []
    for row in re.findall(r"<row[^>]*>(.*?)</row>", z.read(name).decode(), re.S):
        vals = []
        for attrs, v in re.findall(r"<c([^>]*)>(?:<f>.*?</f>)?<v>(.*?)</v></c>", row, re.S):
            vals.append(strings[int(v)] if 't="s"' in attrs else v)
        grid.append(vals)
    if not grid or "scale" not in grid[0] or "partnership" not in grid[0]: continue
    for p, w, s, m in table_cells(grid[0], grid[1:]):
        nBook += 1
        if (p, w, s) not in shown: bad.append(f"workbook shows withheld {p} {w} {s}")
if nRep == 0 or nBook == 0: bad.append(f"report tables not found (html {nRep}, workbook {nBook})")
if nAttack < 100: bad.append(f"only {nAttack} subsets attacked")
print(f"attacked {nAttack} subsets; report cells {nRep}, workbook cells {nBook}", file=sys.stderr)
if bad:
    print("\n".join(bad[:40])); sys.exit(1)
print(f"attacked {nAttack} subsets; report cells {nRep}, workbook cells {nBook}")
EOF
