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
# and chart bars, and the workbook) must belong to a cell that score shows.
# Statistics of one group that give one another back are attacked too:
# benefits minus drawbacks is the balance, and a scale sharing items with
# another (synergy and its four subscales) is their weighted mean, so
# within a group such cells are shown or withheld together. Members of A,
# B, C and E answered both waves, so --change --members has rows to check.
. "$E2E_LIB"
"$SYN" init >/dev/null
for p in A B C D E; do
  "$SYN" partnership add $p --name "Case $p" >/dev/null
  "$SYN" wave add $p w1 --opens 2017-03-01 >/dev/null
  "$SYN" wave add $p w2 --opens 2018-03-01 >/dev/null
done
"$SYN" instrument export psf > "$T/psf.json"
{ echo "id,partnership,organisation,sector,stakeholder_group,joined,left"
  for p in A B C E; do for r in 0 1 2 3 4 5 6 7 8; do echo "$p$r,$p,Org $p,nonprofit,clinician,2016-01-01,"; done; done
} > "$T/members.csv"
"$SYN" member import "$T/members.csv" >/dev/null
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
        out.write("%s%d,%s,%s,%s\n" % (p, r, p, w, ",".join(row)))
EOF
expect_status 0 "$SYN" response import "$T/answers.csv" --instrument psf

# Every output, as files.
"$SYN" score --instrument psf --format csv > "$T/score.csv"
"$SYN" score --instrument psf --format json > "$T/score.json"
"$SYN" score --instrument psf --wave w1 --format csv > "$T/score_w1.csv"
"$SYN" score --instrument psf --balance --format csv > "$T/balance.csv"
"$SYN" score --instrument psf --items --format csv > "$T/items.csv"
"$SYN" score --instrument psf --change --format csv > "$T/change.csv"
"$SYN" score --instrument psf --change --members --format csv > "$T/members_out.csv"
"$SYN" score --instrument psf --between --format csv > "$T/between.csv"
"$SYN" score --instrument psf --no-suppress --format csv > "$T/raw.csv"
"$SYN" score --instrument psf --balance --no-suppress --format csv > "$T/raw_balance.csv"
"$SYN" diagnose --format json > "$T/diagnose.json"
"$SYN" portfolio --table partnerships --format csv > "$T/portfolio.csv"
"$SYN" report --all --out "$T/report.html" >/dev/null
"$SYN" report --all --xlsx "$T/report.xlsx" >/dev/null

python3 - "$T" <<'EOF'
import csv, html as H, itertools, json, os, re, sys, zipfile
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

# Statistics of one group that give one another back. The balance is
# benefits minus drawbacks over the same members: with the balance and one
# checklist shown, the other checklist's mean is their sum or difference.
inst = json.load(open(f"{T}/psf.json"))
items_of = {}
for it in inst["items"]:
    for sc in it["scales"]: items_of.setdefault(sc, set()).add(it["id"])
rawbal = cells(rows("raw_balance.csv"))
nRecover = 0
for (p, w, _), nb in rawbal.items():
    B = (p, w, inst["balance"]["benefits"]); D = (p, w, inst["balance"]["drawbacks"]); L = (p, w, "balance")
    known = [k in shown for k in (B, D)] + [L in bal]
    nRecover += 1
    if sum(known) == 2 and raw.get(B) == raw.get(D) == nb:
        bad.append(f"{p} {w}: two of benefits, drawbacks and balance shown (n={nb}) give the third")
    if L in bal and not (B in shown and D in shown): bad.append(f"{p} {w}: balance shown beside a withheld checklist")
    if L not in bal and B in shown and D in shown: bad.append(f"{p} {w}: balance withheld beside both checklists")
# Scales sharing items: in each group all shown or all withheld (a
# withheld subscale is the shown scale's items minus the shown others').
for (p, w, s1), n1 in raw.items():
    for s2 in items_of:
        if s2 == s1 or not (items_of[s1] & items_of[s2]) or raw.get((p, w, s2), 0) == 0: continue
        nRecover += 1
        if ((p, w, s1) in shown) != ((p, w, s2) in shown):
            bad.append(f"{p} {w}: {s1} {'shown' if (p, w, s1) in shown else 'withheld'}, {s2}, which shares items, not")
if ("C", "w1", "drawbacks_checklist") not in raw or ("C", "w1", "balance") in bal:
    bad.append("C w1: the study no longer has a balance beside a withheld checklist to attack")

# Every other output publishes only cells score shows.
for r in rows("items.csv"):
    if r["item_rest"] != "" or r["alpha_if_deleted"] != "":
        if (r["partnership"], r["wave"], r["scale"]) not in shown: bad.append(f"items: {r}")
for r in rows("change.csv"):
    for w in (r["wave"], r["from_wave"]):
        if (r["partnership"], w, r["scale"]) not in shown: bad.append(f"change uses withheld cell: {r}")
nMem = 0
for r in rows("members_out.csv"):
    nMem += 1
    for w in (r["wave"], r["from_wave"]):
        if (r["partnership"], w, r["scale"]) not in shown: bad.append(f"--members lists a member of withheld cell: {r}")
if nMem == 0: bad.append("--change --members listed no member: the study does not test it")
for r in rows("between.csv"):
    s = r["scale"]; n = sum(v for (p, w, t), v in shown.items() if p != "all" and w == r["wave"] and t == s)
    if int(r["n"]) != n: bad.append(f"between {r['wave']} {s} uses n={r['n']}, shown cells hold {n}")
for r in rows("portfolio.csv"):
    if r["synergy"] != "" and (r["partnership"], r["wave"], "synergy") not in shown:
        bad.append(f"portfolio shows withheld synergy {r}")
for f in json.load(open(f"{T}/diagnose.json")):
    if f["wave"] is None or not f["figures"]: continue
    for e in f["evidence"]:
        if e["type"] == "scale" and (f["partnership"], f["wave"], e["ref"]) not in shown:
            bad.append(f"diagnose: {f['kind']} on withheld {f['partnership']} {f['wave']} {e['ref']}")
    if f["kind"] == "benefits_below_drawbacks" and (f["partnership"], f["wave"], "balance") not in bal:
        bad.append(f"diagnose: balance of withheld {f['partnership']} {f['wave']}")
    if re.search(r"\b(nan|inf)\b", f["detail"], re.I): bad.append(f"diagnose: undefined figure in {f['detail']}")

# The report's tables (HTML) and the workbook: the scores table's cells.
# The report's tables name a scale by its label; the cells by its id.
scale_id = {sc["label"]["en"]: sc["id"] for sc in json.load(open(f"{T}/psf.json"))["scales"]}
def table_cells(header, body):
    out = []
    for r in body:
        d = dict(zip(header, r))
        if d.get("n", "") not in ("", None) and d.get("scale"):
            out.append((d["partnership"], d["wave"], scale_id.get(d["scale"], d["scale"]), d.get("mean", "")))
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
sys.path.insert(0, os.path.join(os.environ["SOURCE_DIR"], "tests", "e2e")); import xlsx_sheets
nBook = 0
for name, rows_ in xlsx_sheets.grids(f"{T}/report.xlsx").items():
    grid = [["" if v is None else v for v in r] for r in rows_]
    if not grid or "scale" not in grid[0] or "partnership" not in grid[0]: continue
    for p, w, s, m in table_cells(grid[0], grid[1:]):
        nBook += 1
        if (p, w, s) not in shown: bad.append(f"workbook shows withheld {p} {w} {s}")
if nRep == 0 or nBook == 0: bad.append(f"report tables not found (html {nRep}, workbook {nBook})")
# The report's chart bars and points, read back from their geometry: each
# must be the mean (or CI bound) of a cell score shows for that partnership
# ("Programme": all) and scale.
label = {sc["id"]: sc["label"]["en"] if isinstance(sc["label"], dict) else sc["label"] for sc in inst["scales"]}
scale_of = {v: k for k, v in label.items()}
stat = {}
for r in rows("score.csv"):
    if r["note"] != "suppressed" and r["n"] != "":
        stat.setdefault((r["partnership"], r["scale"]), []).append(tuple(float(r[c]) if r[c] else None for c in ("mean", "ci_low", "ci_high")))
def from_cell(p, sc, v, what, tol):
    vals = [x for t in stat.get((p, sc), []) for x in ([t[0]] if what == "mean" else t[1:]) if x is not None]
    return any(abs(v - x) <= tol for x in vals)
nBar = 0
for svg in re.findall(r"<svg.*?</svg>", html, re.S):
    title = H.unescape(re.search(r"<title[^>]*>(.*?)</title>", svg, re.S).group(1))
    if title.startswith("Determinant profile"):
        # rows: a category label, then one bar (or n/a) per series; x = 216 + 112 (v - 1)
        cat = None
        for m in re.finditer(r'<text x="206.0"[^>]*>(<tspan.*?)</text>|<rect x="216.0" y="[0-9.]+" width="([0-9.]+)"[^>]*><title>(.*?): [0-9.]+</title>', svg):
            if m.group(1) is not None:
                cat = scale_of[H.unescape(" ".join(re.findall(r"<tspan[^>]*>(.*?)</tspan>", m.group(1))))]; continue
            p = "all" if m.group(3) == "Programme" else m.group(3); v = 1 + float(m.group(2)) / 112
            nBar += 1
            if not from_cell(p, cat, v, "mean", 0.002): bad.append(f"profile bar {p} {cat} {v:.3f} is no shown cell's mean")
    elif title.startswith("Benefits and drawbacks"):
        part = None
        for m in re.finditer(r'<tspan x="206.0"[^>]*>(.*?)</tspan>|<title>(drawbacks|benefits): ([0-9.]+)</title>', svg):
            if m.group(1) is not None: part = "all" if m.group(1) == "Programme" else m.group(1); continue
            sc = inst["balance"][m.group(2)]; nBar += 1
            if not from_cell(part, sc, float(m.group(3)), "mean", 0.051): bad.append(f"{m.group(2)} bar of {part} is no shown cell's mean")
    elif title.endswith("by wave"):
        # y of the tick labels maps to values; each series' line points are means, whiskers CI bounds
        ticks = [(float(y), float(v)) for y, v in re.findall(r'<text x="51.0" y="([0-9.]+)" text-anchor="end" dominant-baseline="middle">([0-9.]+)</text>', svg)]
        (y0, v0), (y1, v1) = ticks[0], ticks[-1]
        val = lambda y: v0 + (float(y) - y0) * (v1 - v0) / (y1 - y0)
        legend = [H.unescape(x) for x in re.findall(r'<text x="[0-9.]+" y="[0-9.]+" dominant-baseline="middle">(.*?)</text>', svg)]
        groups = re.findall(r'<g class="series" data-series="(.*?)">(.*?)</g>', svg, re.S)
        for k, (name, body) in enumerate(groups):
            if title.startswith("Partnership synergy"): p, sc = H.unescape(name), "synergy"
            else: p, sc = re.match(r"Enabling processes of (.*) by wave", title).group(1), scale_of[legend[k]]
            line = re.search(r'stroke-width="2.5"(?: stroke-dasharray="[^"]*")? d="([^"]*)"', body)
            for y in re.findall(r"[ML][0-9.]+ ([0-9.]+)", line.group(1) if line else ""):
                nBar += 1
                if not from_cell(p, sc, val(y), "mean", 0.002): bad.append(f"{title}: point {p} {sc} {val(y):.3f} is no shown cell's mean")
            for _, ya, yb in re.findall(r'<path d="M([0-9.]+) ([0-9.]+)L\1 ([0-9.]+)M', body):
                for y in (ya, yb):
                    nBar += 1
                    if not from_cell(p, sc, val(y), "ci", 0.002): bad.append(f"{title}: CI bound {p} {sc} {val(y):.3f} is no shown cell's")
if nBar < 50: bad.append(f"only {nBar} chart bars and points found")

if nAttack < 100: bad.append(f"only {nAttack} subsets attacked")
print(f"attacked {nAttack} subsets and {nRecover} related cells; report cells {nRep}, chart marks {nBar}, workbook cells {nBook}, members {nMem}", file=sys.stderr)
if bad:
    print("\n".join(bad[:40])); sys.exit(1)
print(f"attacked {nAttack} subsets and {nRecover} related cells; report cells {nRep}, chart marks {nBar}, workbook cells {nBook}, members {nMem}")
EOF
