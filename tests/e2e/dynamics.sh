# dynamics: sizes, yearly retention/turnover (individual and organisational),
# attendance and gaps, checked against values computed by hand from the
# test roster (see the comments).
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" member import "$TESTDATA/roster/members.csv" >/dev/null
"$SYN" meeting import "$TESTDATA/roster/meetings.csv" >/dev/null
expect_status 0 "$SYN" dynamics --as-of 2018-12-31 --table size --format csv
# PCCP: 011 and 013 current, 012 left 2016-03-01; organisations North Network (011, 013) and Lakeshore (012).
expect_eq "size" 'partnership,current,ever,organisations_current,organisations_ever,meetings,first_meeting,last_meeting
CHRP,1,1,1,1,1,2014-01-15,2014-01-15
PCCP,2,3,1,2,3,2015-01-10,2016-12-10' "$OUT"
expect_status 0 "$SYN" dynamics PCCP --as-of 2018-12-31 --table years --format csv
# 2016: start 2 (011,012), 013 joins, 012 leaves, end 2; retention 1/2;
# turnover 2*1/(2+2) = 0.5; organisations 2 -> 1, kept 1: 0.5, turnover 2*1/(2+1) = 0.667.
expect_contains "2016" "PCCP,2016,2,1,1,2,0.500,0.500,2,1,0.500,0.667" "$OUT"
expect_contains "2014" "PCCP,2014,2,0,0,2,1.000,0.000,2,2,1.000,0.000" "$OUT"
expect_status 0 "$SYN" dynamics PCCP --as-of 2018-12-31 --table members --format csv
# 012 was a member for the two 2015 meetings and attended one.
expect_eq "attendance by member" 'partnership,member,stakeholder_group,eligible,attended,rate
PCCP,011,decision maker,3,3,1.000
PCCP,012,academic researcher,2,1,0.500
PCCP,013,clinician,1,1,1.000' "$OUT"
expect_status 0 "$SYN" dynamics PCCP --table gaps --format csv
# 2015-03-10 to 2016-12-10 is 366 + 275 = 641 days (2016 is a leap year).
expect_eq "gaps" 'partnership,from,to,days,flagged
PCCP,2015-01-10,2015-03-10,59,no
PCCP,2015-03-10,2016-12-10,641,yes' "$OUT"
expect_status 0 "$SYN" dynamics PCCP --table gaps --gap-days 700 --format csv
expect_not_contains "threshold" "yes" "$OUT"
"$SYN" setting gap_days 30 >/dev/null
expect_status 0 "$SYN" dynamics PCCP --table gaps --format csv
expect_contains "setting used" "59,yes" "$OUT"
expect_status 2 "$SYN" dynamics --format csv
expect_status 0 "$SYN" dynamics --format json
expect_contains "json object" '"gaps": [' "$OUT"
echo "dynamics: ok"
