# report_finding_numbers.sh: one numbering of findings, on the page and in
# the workbook. On the demo (report --all --out --xlsx), within each
# partnership the findings listed are numbered 1, 2, ... across severities
# in page order, each number shown (the list item's value) and the same as
# its data-finding; a finding folded under a later one ("Also found
# earlier: wave followup1 (finding 11)") has a number after all those
# listed; sheet findings lists each partnership's findings 1..n in that
# order with the kinds the page shows for those numbers (CHRP: its open
# decision-making concern is finding 1, followup1's and baseline's are
# 11 and 12).
. "$E2E_LIB"
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --all --out "$T/r.html" --xlsx "$T/r.xlsx"
python3 - "$T/r.html" "$T/r.xlsx" "$SOURCE_DIR/tests/e2e" <<'PY' || fail "page and workbook numbers differ"
import re, sys
sys.path.insert(0, sys.argv[3]); import xlsx_sheets
page, book = open(sys.argv[1]).read(), xlsx_sheets.read(sys.argv[2])
sec = page[page.find('id="findings"'):]
bad, part, seen, also = [], None, {}, {}
for m in re.finditer(r'<h3 id="findings-([^"]+)">|<li class="finding [^"]*" data-kind="([^"]*)" data-finding="(\d+)" value="(\d+)"[^>]*>(.*?)</li>\n(?=<li|</ol>)', sec, re.S):
    if m.group(1): part = m.group(1); seen[part] = []; continue
    kind, n, v, body = m.group(2), int(m.group(3)), int(m.group(4)), m.group(5)
    if n != v: bad.append(f"{part}: data-finding {n} shown as {v}")
    seen[part].append((n, kind))
    for k in re.findall(r"\(finding (\d+)\)", body): also[(part, int(k))] = kind
rows = {}
for r in book["findings"]: rows.setdefault(r["partnership"], []).append((int(r["finding"]), r["kind"]))
for p, items in seen.items():
    if [n for n, _ in items] != list(range(1, len(items) + 1)): bad.append(f"{p}: page numbers {[n for n, _ in items]}")
    w = rows.get(p, [])
    if [n for n, _ in w] != list(range(1, len(w) + 1)): bad.append(f"{p}: workbook numbers {[n for n, _ in w]}")
    if w[:len(items)] != items: bad.append(f"{p}: workbook {w[:len(items)]} page {items}")
    for (q, k), kind in also.items():
        if q == p and (k <= len(items) or dict(w).get(k) != kind): bad.append(f"{p}: folded finding {k} {kind}")
chrp = [k for (q, k) in also if q == "CHRP"]
if seen["CHRP"][0] != (1, "low_determinant") or not {11, 12} <= set(chrp): bad.append(f"CHRP: {seen['CHRP'][:1]} {chrp}")
print("\n".join(bad)); sys.exit(1 if bad else 0)
PY
# The evidence pointer names the number the page shows.
python3 "$SOURCE_DIR/tests/e2e/report_evidence_check.py" "$T/r.html" "$T/r.xlsx" r.xlsx >/dev/null || fail "evidence pointers"
echo ok
