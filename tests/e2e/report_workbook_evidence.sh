#!/usr/bin/env bash
# report_workbook_evidence: the workbook holds every piece of evidence the
# report page shows or summarises. On the demo programme, report --all
# --out --xlsx: each finding of the page is numbered as its row of sheet
# findings, each piece listed in the page is a row of sheet evidence, and
# each summary ("member (14): decision maker 5, health system
# administrator 4, ...") has exactly that many rows of that type with
# those texts, and links to the workbook naming the finding; each meeting
# gap the cadence chart labels is a flagged row of sheet meeting_gaps
# (tests/e2e/report_evidence_check.py). The page links to the workbook
# relative to itself; a page written without --xlsx says which command
# writes the workbook instead of pointing at one that does not exist.
. "$E2E_LIB"
export SYNERGIST_TODAY=2026-12-06
"$SYN" demo >/dev/null
chk="$SOURCE_DIR/tests/e2e/report_evidence_check.py"

expect_status 0 "$SYN" report --all --out "$T/r.html" --xlsx "$T/r.xlsx"
python3 "$chk" "$T/r.html" "$T/r.xlsx" r.xlsx || fail "the page's evidence is not the workbook's"
page=$(cat "$T/r.html")
# The demo's story: PCCP lost 14 members in 2015 (src/roster/demo.c); the
# page summarises them, the workbook lists all 14 for that finding.
expect_contains "turnover summary" "member (14): decision maker 5, health system administrator 4" "$page"
python3 - "$T/r.xlsx" "$SOURCE_DIR/tests/e2e" <<'PY'
import sys; sys.path.insert(0, sys.argv[2]); import xlsx_sheets
b = xlsx_sheets.read(sys.argv[1])
t = [r for r in b["findings"] if r["partnership"] == "PCCP" and r["kind"] == "turnover"]
assert len(t) == 1, t
left = [r for r in b["evidence"] if r["partnership"] == "PCCP" and r["finding"] == t[0]["finding"] and r["type"] == "member"]
assert len(left) == 14 and len({r["reference"] for r in left}) == 14, left
print("PCCP turnover: finding", int(t[0]["finding"]), "lists", len(left), "members")
PY
expect_contains "the intro links the workbook" '<a href="r.xlsx">The workbook</a> lists every piece of evidence' "$page"

# A page in another folder than its workbook links to it relatively.
mkdir -p "$T/pages/en" "$T/books"
expect_status 0 "$SYN" report PCCP --out "$T/pages/en/p.html" --xlsx "$T/books/p.xlsx"
expect_contains "relative link" 'href="../../books/p.xlsx"' "$(cat "$T/pages/en/p.html")"
python3 "$chk" "$T/pages/en/p.html" "$T/books/p.xlsx" ../../books/p.xlsx || fail "PCCP's page and workbook differ"

# Without --xlsx no workbook is promised as if it were there.
expect_status 0 "$SYN" report PCCP --out "$T/alone.html"
alone=$(cat "$T/alone.html")
expect_not_contains "no link to a workbook" '.xlsx"' "$alone"
expect_contains "says which command writes it" "(full list: sheet evidence of the workbook that synergist report --xlsx writes)" "$alone"
expect_contains "intro too" "Every piece of evidence is listed in the workbook that synergist report --xlsx writes" "$alone"

# The programme overview's workbook holds the findings it shows, with their evidence.
expect_status 0 "$SYN" report --programme --out "$T/prog.html" --xlsx "$T/prog.xlsx"
wb=$(unzip -p "$T/prog.xlsx" xl/workbook.xml)
for s in portfolio sectors findings evidence; do expect_contains "programme sheet $s" "<sheet name=\"$s\"" "$wb"; done
echo ok
