# network_report_synergy.sh: synergy by network position in the HTML
# report (each partnership's network section) and in the workbook (sheet
# network_synergy): on the demo study, the same numbers as `network
# synergy` (itself checked against R t.test in network_synergy.sh; the
# report's table rounds means to two decimals and gives each 95% CI in one
# column, "3.22 to 3.91", to fit a printed page; the workbook keeps every
# figure), and the waves it withholds (PCCP: too few members on a side) withheld in
# both, English and French.
. "$E2E_LIB"
"$SYN" demo >/dev/null
"$SYN" network synergy --format csv >"$T/cli.csv"
grep -q '^CHRP,baseline,[0-9]' "$T/cli.csv" || fail "the demo shows no CHRP synergy: $(cat "$T/cli.csv")"
grep -q '^PCCP,.*,suppressed$' "$T/cli.csv" || fail "the demo withholds no PCCP wave: $(cat "$T/cli.csv")"
"$SYN" report --all --out "$T/r.html" --xlsx "$T/r.xlsx" >/dev/null
LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" report --all --lang fr --out "$T/fr.html" >/dev/null
python3 - "$T" <<'PY'
import csv, os, re, sys, zipfile
T = sys.argv[1]
rows = list(csv.reader(open(f"{T}/cli.csv")))
head, rows = rows[0], rows[1:]
bad = []
def html_rows(path, caption):
    """{(partnership, wave): [cells]} of the synergy tables, partnership from the h3 before each."""
    h = open(path, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r"<table>\s*<caption>" + re.escape(caption) + r"</caption>(.*?)</table>", h, re.S):
        part = re.findall(r"<h3>([^<]*)</h3>", h[:m.start()])[-1]
        for tr in re.findall(r"<tr>(.*?)</tr>", m.group(1), re.S):
            cells = [re.sub(r"<.*?>", "", c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", tr, re.S)]
            if cells and not tr.startswith("<th scope=\"col\""): out[(part, cells[0])] = cells[1:]
    return out
en = html_rows(f"{T}/r.html", "Synergy of core and peripheral organisations by wave")
fr = html_rows(f"{T}/fr.html", "Synergie des organisations du noyau et de la périphérie par vague")
for r in rows:
    key = (r[0], r[1])
    if key not in en: bad.append(f"report: no row for {key}"); continue
    if r[13] == "suppressed":
        if any(en[key][:8]) or en[key][8] != "not shown: too few members": bad.append(f"report shows withheld {key}: {en[key]}")
        if key in fr and (any(fr[key][:8]) or fr[key][8] != "non affiché : trop peu de membres"): bad.append(f"French report: {fr[key]}")
    elif r[13] == "":
        f2 = lambda c: f"{float(c):.2f}"
        n1, m1, l1, h1, n2, m2, l2, h2, d, ld, hd = r[2:13]
        want = [n1, f2(m1), f"{f2(l1)} to {f2(h1)}", n2, f2(m2), f"{f2(l2)} to {f2(h2)}", f2(d), f"{f2(ld)} to {f2(hd)}"]
        if en[key][:8] != want: bad.append(f"report {key}: {en[key][:8]} != {want}")
        if key in fr and fr[key][:8] != [c.replace(".", ",").replace(" to ", " à ") for c in want]: bad.append(f"French report {key}: {fr[key][:8]}")
if not fr: bad.append("no synergy table in the French report")
z = zipfile.ZipFile(f"{T}/r.xlsx")
book = z.read("xl/workbook.xml").decode()
names = re.findall(r'<sheet name="([^"]*)" sheetId="(\d+)"', book)
idx = [i for n, i in names if n == "network_synergy"]
if not idx: bad.append("no sheet network_synergy")
else:
    sys.path.insert(0, os.path.join(os.environ["SOURCE_DIR"], "tests", "e2e")); import xlsx_sheets
    cell = lambda v: "" if v is None else v if isinstance(v, str) else repr(v)
    grid = [[cell(r[k]) if k < len(r) else "" for k in range(len(head))]
            for r in xlsx_sheets.grids(f"{T}/r.xlsx")["network_synergy"]]
    if grid[0] != head: bad.append(f"sheet header {grid[0]}")
    want = [[c if j < 2 or j == 13 or c == "" else f"{float(c):.4f}" for j, c in enumerate(r)] for r in rows]
    got = [[c if j < 2 or j == 13 or c == "" else f"{float(c):.4f}" for j, c in enumerate(g)] for g in grid[1:]]
    if got != want: bad.append(f"sheet rows {got} != {want}")
if bad: print("\n".join(bad)); sys.exit(1)
print(f"{len(rows)} networks compared")
PY
echo ok
