#!/usr/bin/env bash
# report_attendance_suppressed: attendance by stakeholder group follows the
# study's small-cell threshold (suppress_min, default 5, as the scores:
# docs/statistics.md) in the page's chart and table and in the workbook's
# sheet attendance_groups. Partnership A: 6 clinicians and 1 health system
# administrator (alone under 5: withheld, its member counted, no
# attendance); B: 5 decision makers, 3 patient partners and 2 academic
# researchers (together 5: one row "other groups" with their summed
# attendance, 2 meetings each of 4 = 10 of 20 by hand; the decision makers
# 3+2+5+3 = 13 of 20). Each member of A
# attends meetings 1 and 2 of 4, the administrator all 4 (rate 1.0, which
# must appear nowhere).
. "$E2E_LIB"
"$SYN" init >/dev/null
for p in A B; do "$SYN" partnership add $p --name "Partnership $p" >/dev/null; done
{
  echo "id,partnership,organisation,sector,stakeholder_group,joined,left"
  for i in 1 2 3 4 5 6; do echo "a$i,A,Clinic A,health system,clinician,2018-01-01,"; done
  echo "a7,A,Agency A,government,health system administrator,2018-01-01,"
  for i in 1 2 3 4 5; do echo "b$i,B,Town B,government,decision maker,2018-01-01,"; done
  for i in 6 7 8; do echo "b$i,B,Patients B,nonprofit,patient partner,2018-01-01,"; done
  for i in 9 10; do echo "b$i,B,University B,academic,academic researcher,2018-01-01,"; done
} >"$T/members.csv"
"$SYN" member import "$T/members.csv" >/dev/null
{
  echo "partnership,date,kind,duration,attendees"
  echo "A,2018-03-01,meeting,90,a1;a2;a3;a4;a5;a6;a7"
  echo "A,2018-05-01,meeting,90,a1;a2;a3;a4;a5;a6;a7"
  echo "A,2018-07-01,meeting,90,a7"
  echo "A,2018-09-01,meeting,90,a7"
  echo "B,2018-03-01,meeting,90,b1;b2;b3;b6;b7;b8;b9;b10"
  echo "B,2018-05-01,meeting,90,b1;b2;b6;b7;b8;b9;b10"
  echo "B,2018-07-01,meeting,90,b1;b2;b3;b4;b5"
  echo "B,2018-09-01,meeting,90,b1;b4;b5"
} >"$T/meetings.csv"
"$SYN" meeting import "$T/meetings.csv" >/dev/null
expect_status 0 "$SYN" report --all --out "$T/r.html" --xlsx "$T/r.xlsx"
sec=$(sed -n '/id="membership"/,/<\/section>/p' "$T/r.html")
for g in "health system administrator" "patient partner" "academic researcher"; do
  expect_not_contains "no group '$g' in the page" "$g" "$sec"
done
expect_contains "the chart keeps the large groups" "A: clinician" "$sec"
expect_contains "B's small groups merged" "B: other groups (each under 5 members)" "$sec"
expect_contains "A's lone administrator withheld" "withheld: groups under 5 members" "$sec"
expect_contains "the page says why" "Groups of fewer than 5 members are not shown alone" "$sec"
python3 - "$T/r.xlsx" "$SOURCE_DIR/tests/e2e" <<'PY' || fail "workbook attendance_groups"
import sys; sys.path.insert(0, sys.argv[2]); import xlsx_sheets
rows = xlsx_sheets.read(sys.argv[1])["attendance_groups"]
got = {(r["partnership"], r["stakeholder_group"]): (r["members"], r["eligible"], r["attended"], r["rate"]) for r in rows}
want = {
    ("A", "clinician"): (6, 24, 12, 0.5),
    ("A", "withheld: groups under 5 members"): (1, None, None, None),
    ("B", "decision maker"): (5, 20, 13, 0.65),
    ("B", "other groups (each under 5 members)"): (5, 20, 10, 0.5),
}
assert got == want, got
print("attendance_groups:", got)
PY
# With suppress_min 1 every group is shown, the administrator's 4 of 4 too.
"$SYN" setting suppress_min 1 >/dev/null
expect_status 0 "$SYN" report A --out "$T/all.html"
expect_contains "suppress_min 1 shows every group" "A: health system administrator" "$(cat "$T/all.html")"
echo ok
