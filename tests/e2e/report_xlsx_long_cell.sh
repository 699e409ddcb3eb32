#!/usr/bin/env bash
# report_xlsx_long_cell: a workbook is written even when a cell would pass
# Excel's limit of 32,767 characters. 4,000 members with long ids leave one
# partnership in 2017: the turnover finding's evidence cell of sheet
# findings would hold every id (about 130,000 characters), which made the
# whole report fail ("String exceeds Excel's limit"). Now the cell is cut at
# the limit and marked " [...]", and sheet evidence still has one row per
# departed member.
. "$E2E_LIB"
export SYNERGIST_TODAY=2018-12-31
"$SYN" init >/dev/null
"$SYN" partnership add BIG --name "Big" >/dev/null
python3 - "$T/m.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("id,partnership,organisation,sector,stakeholder_group,joined,left\n")
    for i in range(4000):
        f.write(f"member-with-a-long-id-{i:05d},BIG,Org {i % 50},nonprofit,clinician,2016-01-01,2017-06-01\n")
    for i in range(10):
        f.write(f"stay{i},BIG,Org A,nonprofit,clinician,2016-01-01,\n")
PY
"$SYN" member import "$T/m.csv" >/dev/null
expect_status 0 "$SYN" report BIG --out "$T/r.html" --xlsx "$T/r.xlsx"
python3 - "$T/r.xlsx" "$SOURCE_DIR/tests/e2e" <<'PY' || fail "long cells not cut at Excel's limit"
import sys; sys.path.insert(0, sys.argv[2]); import xlsx_sheets
book = xlsx_sheets.read(sys.argv[1])
cells = [v for sheet in book.values() for row in sheet for v in row.values() if isinstance(v, str)]
longest = max(len(v) for v in cells)
assert longest <= 32767, longest
cut = [v for v in cells if v.endswith(" [...]")]
assert cut and len(cut[0]) == 32767, [len(v) for v in cut]
listed = "\n".join(str(v) for r in book["evidence"] for v in r.values())
missing = [i for i in range(4000) if f"member-with-a-long-id-{i:05d}" not in listed]
assert not missing, f"{len(missing)} departed members missing from sheet evidence"
PY
echo "ok report_xlsx_long_cell"
