# describe reproduces the seed paper's Table 3 (study sample characteristics,
# n = 16) cell for cell from a roster of the 16 interviewees. Expected
# values are the published table: e.g. Female 8 (89%) and 5 (71%).
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name "Primary Care Connection Partnership" >/dev/null
"$SYN" partnership add CHRP --name "Community Health Resources Partnership" >/dev/null
"$SYN" member import "$TESTDATA/roster/table3_interviewees.csv" >/dev/null
expect_status 0 "$SYN" describe gender role interview_language --format csv
cell(){ echo "$OUT" | grep -F "$1,$2,$3," | cut -d, -f4-6; }
expect_eq "female PCCP" "8,9,89" "$(cell gender female PCCP)"
expect_eq "female CHRP" "5,7,71" "$(cell gender female CHRP)"
expect_eq "male PCCP" "1,9,11" "$(cell gender male PCCP)"
expect_eq "male CHRP" "2,7,29" "$(cell gender male CHRP)"
expect_eq "female all" "13,16,81" "$(cell gender female all)"
expect_eq "researcher PCCP" "1,9,11" "$(cell role researcher PCCP)"
expect_eq "researcher CHRP" "1,7,14" "$(cell role researcher CHRP)"
expect_eq "coordinator PCCP" "2,9,22" "$(cell role 'research coordinator' PCCP)"
expect_eq "coordinator CHRP" "1,7,14" "$(cell role 'research coordinator' CHRP)"
expect_eq "decision maker PCCP" "3,9,33" "$(cell role 'decision maker' PCCP)"
expect_eq "decision maker CHRP" "2,7,29" "$(cell role 'decision maker' CHRP)"
expect_eq "clinician PCCP" "2,9,22" "$(cell role clinician/practitioner PCCP)"
expect_eq "clinician CHRP" "1,7,14" "$(cell role clinician/practitioner CHRP)"
expect_eq "org/patient PCCP" "1,9,11" "$(cell role organizational\ representative/patient PCCP)"
expect_eq "org/patient CHRP" "2,7,29" "$(cell role organizational\ representative/patient CHRP)"
expect_eq "English PCCP (zero row kept)" "0,9,0" "$(cell interview_language English PCCP)"
expect_eq "English CHRP" "7,7,100" "$(cell interview_language English CHRP)"
expect_eq "French PCCP" "9,9,100" "$(cell interview_language French PCCP)"
expect_eq "French CHRP (zero row kept)" "0,7,0" "$(cell interview_language French CHRP)"
# 3 attributes: 2 + 5 + 2 values, each for PCCP, CHRP and all, plus the header.
expect_eq "row count" "28" "$(echo "$OUT" | wc -l)"
# The wide layout reads like the published table.
expect_status 0 "$SYN" describe gender
expect_contains "wide header" "PCCP (n = 9)" "$OUT"
expect_contains "wide cell" "8 (89%)" "$OUT"
expect_status 1 "$SYN" describe shoe_size
expect_contains "unknown attribute" "no member has an attribute 'shoe_size'" "$ERR"
echo "describe_table3: ok"
