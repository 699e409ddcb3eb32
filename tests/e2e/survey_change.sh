# survey_change.sh: change between waves (Welch CI without linked members;
# paired for linked members combined with the rest; members' reliable
# change), the benefits-minus-drawbacks balance and the confidentiality
# rule, on tests/data/survey/tiny_answers.csv. Expected values: R, printed
# by tests/data/survey/tiny_reference.R and change_reference.R (stats::t.test
# Welch, the partially overlapping samples t-test of Derrick et al. 2017
# written out, alpha and the Jacobson-Truax RCI written out):
#   P w1 mean 3.9167 sd 0.8010 alpha 0.7500; w2 mean 2.0714;
#   welch change -1.8452 ci -2.8223 -0.8682 df 10.6306 effect -2.3241 ci -3.5547 -1.0935
#   overlap change -1.8452 ci -2.7787 -0.9117 df 5.4331 r 0.3170 effect -2.3241 ci -3.4999 -1.1484
#   rci p1 -3.5309 p2 -3.5309 p3 -2.6482 p4 -4.4137 p5 0.0000 p6 -3.5309
#   P w1 balance n 6 mean 1.0000 sd 1.2649 ci -0.3274 2.3274
#   P w2 balance n 7 mean -0.2857 sd 0.9512 ci -1.1654 0.5940
. "$E2E_LIB"
D="$TESTDATA/survey"
"$SYN" init >/dev/null
for p in P Q R; do "$SYN" partnership add $p --name "Case $p" >/dev/null; done
"$SYN" wave add P w1 --opens 2020-01-01 >/dev/null
"$SYN" wave add P w2 --opens 2020-06-01 >/dev/null
"$SYN" wave add Q w1 --opens 2020-01-01 >/dev/null
"$SYN" wave add R w1 --opens 2020-01-01 >/dev/null
"$SYN" instrument import "$D/tiny.json" >/dev/null
"$SYN" response import "$D/tiny_answers.csv" --instrument tiny >/dev/null

# Confidentiality, wave w1: R has 3 answer sets (< 5) so it is suppressed;
# alone it could be recovered as all minus P minus Q, so the next smallest
# (P, 6) is suppressed too; Q (7) and all (16) stay. Wave w2: P alone (7).
expect_status 0 "$SYN" score --instrument tiny --format csv
expect_eq "R suppressed" "R,w1,s,,,,,,,,,,suppressed" "$(printf '%s\n' "$OUT" | grep '^R,w1,s,')"
expect_eq "P w1 suppressed" "P,w1,s,,,,,,,,,,suppressed" "$(printf '%s\n' "$OUT" | grep '^P,w1,s,')"
expect_contains "Q shown" "Q,w1,s,7," "$OUT"
expect_contains "all w1 shown" "all,w1,s,16," "$OUT"
expect_contains "P w2 shown" "P,w2,s,7,2.0714," "$OUT"
# Change and balance follow the same rule: nothing for P w1.
expect_status 0 "$SYN" score --instrument tiny --change --format csv
expect_eq "no change row" "partnership,wave,from_wave,scale,n_from,n,n_linked,mean_from,mean,change,ci_low,ci_high,df,effect,effect_low,effect_high,clear" "$OUT"
expect_status 0 "$SYN" score --instrument tiny --balance --format csv
expect_contains "balance suppressed" "P,w1,,,,,,,,suppressed" "$OUT"
# A lower threshold (option, then study setting) shows every group.
expect_status 0 "$SYN" score --instrument tiny --suppress-min 3 --format csv
expect_not_contains "threshold 3" "suppressed" "$OUT"
"$SYN" setting suppress_min 3 >/dev/null
expect_status 0 "$SYN" score --instrument tiny --format csv
expect_not_contains "setting 3" "suppressed" "$OUT"
"$SYN" setting suppress_min 5 >/dev/null
# A wave whose pooled total is below the threshold hides "all" too.
expect_status 0 "$SYN" score --instrument tiny --suppress-min 17 --format csv
expect_eq "all suppressed" "all,w1,s,,,,,,,,,,suppressed" "$(printf '%s\n' "$OUT" | grep '^all,w1,s,')"

expect_status 0 "$SYN" score --instrument tiny --change --no-suppress --format csv
# No respondent is a roster member: Welch (R t.test(b, a)).
expect_eq "change P" "P,w2,w1,s,6,7,0,3.9167,2.0714,-1.8452,-2.8223,-0.8682,10.6306,-2.3241,-3.5547,-1.0935,yes" "$(printf '%s\n' "$OUT" | grep '^P,w2,w1,s,')"
expect_status 2 "$SYN" score --instrument tiny --members
# Counts by hand: P w1 gains (g1+g2) 2,1,1,2,0,2 -> 1.3333, costs 0,0,1,0,1,0 -> 0.3333;
# P w2 gains 0,1,0,1,0,1,0 -> 0.4286, costs 1,1,1,0,1,0,1 -> 0.7143.
expect_status 0 "$SYN" score --instrument tiny --balance --no-suppress --format csv
expect_eq "balance w1" "P,w1,6,1.3333,0.3333,1.0000,1.2649,-0.3274,2.3274," "$(printf '%s\n' "$OUT" | grep '^P,w1,')"
expect_eq "balance w2" "P,w2,7,0.4286,0.7143,-0.2857,0.9512,-1.1654,0.5940," "$(printf '%s\n' "$OUT" | grep '^P,w2,')"
expect_status 0 "$SYN" score --instrument tiny --no-suppress --format csv
expect_contains "gains count" "P,w1,gains,6,1.3333," "$OUT"
# min_answered: demanding both items drops p4 (q2 not applicable) from P w1.
expect_status 0 "$SYN" score --instrument tiny --no-suppress --min-answered 1 --format csv
expect_contains "min answered" "P,w1,s,5," "$OUT"

# A second study where p1..p6 are members of P: they are linked in both
# waves (p7 answered w2 only), so the change is the partially overlapping
# samples test; --members lists the members whose own change is reliable
# (|RCI| >= 1.96: all but p5, whose score did not change).
export SYNERGIST_STUDY="$T/linked.db"
"$SYN" init >/dev/null
for p in P Q R; do "$SYN" partnership add $p --name "Case $p" >/dev/null; done
"$SYN" member import "$D/tiny_members.csv" >/dev/null
"$SYN" wave add P w1 --opens 2020-01-01 >/dev/null
"$SYN" wave add P w2 --opens 2020-06-01 >/dev/null
"$SYN" wave add Q w1 --opens 2020-01-01 >/dev/null
"$SYN" wave add R w1 --opens 2020-01-01 >/dev/null
"$SYN" setting suppress_min 3 >/dev/null
"$SYN" instrument import "$D/tiny.json" >/dev/null
expect_status 0 "$SYN" response import "$D/tiny_answers.csv" --instrument tiny
expect_status 0 "$SYN" score --instrument tiny --change --format csv
expect_eq "linked change" "P,w2,w1,s,6,7,6,3.9167,2.0714,-1.8452,-2.7787,-0.9117,5.4331,-2.3241,-3.4999,-1.1484,yes" "$(printf '%s\n' "$OUT" | grep '^P,w2,w1,s,')"
expect_status 0 "$SYN" score --instrument tiny --change --members --format csv
expect_eq "reliable members" "P,w2,w1,s,p1,4.0000,2.0000,-2.0000,-3.5309
P,w2,w1,s,p2,5.0000,3.0000,-2.0000,-3.5309
P,w2,w1,s,p3,3.0000,1.5000,-1.5000,-2.6482
P,w2,w1,s,p4,4.0000,1.5000,-2.5000,-4.4137
P,w2,w1,s,p6,4.5000,2.5000,-2.0000,-3.5309" "$(printf '%s\n' "$OUT" | grep '^P,w2,w1,s,')"
echo ok
