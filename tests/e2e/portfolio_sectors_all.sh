#!/usr/bin/env bash
# portfolio_sectors_all: the portfolio's Sectors column and the sector mix
# account for every partnership. A: nonprofit and industry organisations;
# B: only academic and health system ones (none of the reference study's
# three sectors: its Sectors cell used to be blank and the mix counted 2 of
# 3); C: government. By hand: spans one 1 (C), two 1 (A), three 0, none
# of the three 1 (B): 3 = every partnership; academic 1, health system 1,
# with no reference_255 figure (the 2024 study published none for them).
. "$E2E_LIB"
"$SYN" init >/dev/null
for p in A B C; do "$SYN" partnership add $p --name "Partnership $p" >/dev/null; done
cat >"$T/members.csv" <<'CSV'
id,partnership,organisation,sector,stakeholder_group,joined,left
a1,A,Charity A,nonprofit,community organisation representative,2018-01-01,
a2,A,Firm A,industry,decision maker,2018-01-01,
b1,B,University B,academic,academic researcher,2018-01-01,
b2,B,Hospital B,health system,clinician,2018-01-01,
c1,C,Ministry C,government,decision maker,2018-01-01,
CSV
"$SYN" member import "$T/members.csv" >/dev/null
expect_status 0 "$SYN" portfolio --table sectors --format csv
expect_eq "sector mix" "measure,partnerships,of,percent,reference_255
involves nonprofit partners,1,3,33,190
involves industry partners,1,3,33,112
involves government partners,1,3,33,140
involves academic partners,1,3,33,
involves health system partners,1,3,33,
spans one sector,1,3,33,86
spans two sectors,1,3,33,147
spans three sectors,0,3,0,20
none of the three sectors,1,3,33," "$OUT"
expect_status 0 "$SYN" portfolio --table partnerships --format csv
expect_contains "B's figures" "no,no,no,yes,yes,no,\"academic, health system\",0" "$(printf '%s\n' "$OUT" | grep '^B,')"
expect_status 0 "$SYN" report --programme --out "$T/p.html" --xlsx "$T/p.xlsx"
row=$(grep -o '<tr><th scope="row">B\(<br>[^/]*</span>\)\?</th>.*</tr>' "$T/p.html")
expect_contains "B's sectors named in the page" "<td>academic, health system</td></tr>" "$row"
expect_status 0 "$SYN" report --programme --lang fr --out "$T/fr.html"
expect_contains "in French" "<td>universitaire, système de santé</td></tr>" "$(grep -o '<tr><th scope="row">B\(<br>[^/]*</span>\)\?</th>.*</tr>' "$T/fr.html")"
python3 - "$T/p.xlsx" "$SOURCE_DIR/tests/e2e" <<'PY' || fail "workbook sectors sheet"
import sys; sys.path.insert(0, sys.argv[2]); import xlsx_sheets
rows = {r["measure"]: r for r in xlsx_sheets.read(sys.argv[1])["sectors"]}
spans = ["spans one sector", "spans two sectors", "spans three sectors", "none of the three sectors"]
assert sum(rows[m]["partnerships"] for m in spans) == 3, rows
assert rows["none of the three sectors"]["reference_255"] is None, rows
assert rows["spans two sectors"]["reference_255"] == 147, rows
print("sectors sheet adds up:", {m: rows[m]["partnerships"] for m in spans})
PY
echo ok
