# network mismatches: pairs of organisations that both answered and rate
# their collaboration with each other at least --gap levels apart, an
# organisation not named counting 0. Hand computation for four
# organisations, one respondent each (D never answered):
#   A-B: A says 4, B says 1, gap 3      mismatch at gap 2 and 3
#   A-C: A says 2, C says 3, gap 1      mismatch only at gap 1
#   B-C: B says 2, C names nobody: 0    mismatch at gap 2
#   A-D: A says 5, D did not answer     never (D's view is unknown)
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
for m in 011:A 012:B 013:C 014:D; do
  "$SYN" member add PCCP "${m%%:*}" --organisation "${m#*:}" --joined 2014-01-01 >/dev/null
done
"$SYN" wave add PCCP w1 --opens 2015-01-01 >/dev/null
cat > "$T/ties.csv" <<'CSV'
partnership,wave,respondent,organisation,collaboration
PCCP,w1,011,B,4
PCCP,w1,011,C,2
PCCP,w1,011,D,5
PCCP,w1,012,A,1
PCCP,w1,012,C,2
PCCP,w1,013,A,3
CSV
expect_status 0 "$SYN" network import "$T/ties.csv"
expect_status 0 "$SYN" network mismatches PCCP --format csv
expect_eq "gap 2 (default)" 'partnership,wave,organisation_a,level_a_to_b,organisation_b,level_b_to_a
PCCP,w1,A,4,B,1
PCCP,w1,B,2,C,0' "$OUT"
expect_status 0 "$SYN" network mismatches PCCP --wave w1 --gap 1 --format csv
expect_eq "gap 1" 'partnership,wave,organisation_a,level_a_to_b,organisation_b,level_b_to_a
PCCP,w1,A,4,B,1
PCCP,w1,A,2,C,3
PCCP,w1,B,2,C,0' "$OUT"
expect_status 0 "$SYN" network mismatches --gap 3 --format csv
expect_eq "gap 3, every partnership" 'partnership,wave,organisation_a,level_a_to_b,organisation_b,level_b_to_a
PCCP,w1,A,4,B,1' "$OUT"
expect_status 1 "$SYN" network mismatches NOPE
expect_contains "unknown partnership" "no partnership 'NOPE'" "$ERR"
echo "network_mismatches: ok"
