# survey_score.sh: scale scores, reliability, agreement and ICCs of the
# score command against R. Data: multilevel::lq2002 (leadership items of
# four companies as partnerships) and psych::bfi (agreeableness items, A1
# reverse keyed, with missing answers, by gender). Every expected value was
# printed by tests/data/survey/reference.R (psych::alpha, multilevel::rwg.j,
# multilevel::ICC1/ICC2, t.test) and is kept in tests/data/survey/expected.txt.
. "$E2E_LIB"
D="$TESTDATA/survey"
"$SYN" init >/dev/null
for p in C2 C4 C6 C14 M F; do "$SYN" partnership add $p --name "Case $p" >/dev/null; "$SYN" wave add $p w1 >/dev/null; done
"$SYN" instrument import "$D/lead.json" >/dev/null
"$SYN" instrument import "$D/agree.json" >/dev/null
expect_status 0 "$SYN" response import "$D/lead_answers.csv" --instrument lead
expect_contains "import count" "91 answer sets imported" "$OUT"
expect_status 0 "$SYN" response import "$D/agree_answers.csv" --instrument agree

row(){ printf '%s\n' "$1" | grep "^$2,"; }
expect_status 0 "$SYN" score --instrument lead --format csv
expect_eq "csv header" "partnership,wave,scale,n,mean,sd,ci_low,ci_high,alpha,alpha_std,rwg_j,band,note" "$(printf '%s\n' "$OUT" | head -1)"
# R: C2 n 24 mean 2.8826 sd 0.8701 ci 2.5152 3.2500 alpha 0.9088 std 0.9098 rwg_j 0.8075
expect_eq "C2 lead" "C2,w1,lead,24,2.8826,0.8701,2.5152,3.2500,0.9088,0.9098,0.8075,concern," "$(row "$OUT" C2)"
expect_eq "C4 lead" "C4,w1,lead,45,2.7253,0.7573,2.4977,2.9528,0.8762,0.8732,0.8600,concern," "$(row "$OUT" C4)"
expect_eq "C6 lead" "C6,w1,lead,12,3.2121,0.7957,2.7066,3.7177,0.9162,0.9151,0.8877,work," "$(row "$OUT" C6)"
expect_eq "C14 lead" "C14,w1,lead,10,2.6636,0.8277,2.0715,3.2558,0.8961,0.8957,0.8260,concern," "$(row "$OUT" C14)"
# R: all n 91 mean 2.8242 sd 0.8053 ci 2.6565 2.9919 alpha 0.8915 std 0.8905
expect_contains "all lead" "all,w1,lead,91,2.8242,0.8053,2.6565,2.9919,0.8915,0.8905," "$(row "$OUT" all)"

# R: ICC1 0.0149 ICC2 0.2563 (aov of the scale score by company;
# multilevel::ICC1, ICC2), ICC1_k0 0.0170 (k0 19.9121, written out in R)
expect_status 0 "$SYN" score --instrument lead --between --format csv
expect_eq "between" "wave,scale,groups,n,icc1,icc1_k0,icc2
w1,lead,4,91,0.0149,0.0170,0.2563" "$OUT"

# R: C2 r.drop 0.6599 0.5987 alpha.drop 0.9004 0.9037
expect_status 0 "$SYN" score --instrument lead --items --format csv
expect_eq "item lead01" "C2,w1,lead,lead01,0.6599,0.9004," "$(row "$OUT" C2 | grep lead01)"
expect_eq "item lead02" "C2,w1,lead,lead02,0.5987,0.9037," "$(row "$OUT" C2 | grep lead02)"

# Reverse keying and missing answers (score needs 3 of 5 items). rwg(j)
# over complete answer sets (F has 7 incomplete), multilevel::rwg.j.
# R: M n 124 mean 4.3194 sd 0.9758 ci 4.1459 4.4928 alpha 0.7835 std 0.7931 rwg_j 0.7623
#    F n 176 mean 4.8102 sd 0.7915 ci 4.6925 4.9280 alpha 0.6030 std 0.6243 rwg_j 0.7942
expect_status 0 "$SYN" score --instrument agree --format csv
expect_contains "M agree" "M,w1,agree,124,4.3194,0.9758,4.1459,4.4928,0.7835,0.7931,0.7623," "$(row "$OUT" M)"
expect_contains "F agree" "F,w1,agree,176,4.8102,0.7915,4.6925,4.9280,0.6030,0.6243,0.7942," "$(row "$OUT" F)"

# JSON output keeps numbers as numbers; --wave filters.
expect_status 0 "$SYN" score --instrument lead --wave w1 --format json
expect_contains "json number" '"mean": 2.8826' "$OUT"
# SYNERGIST_TIMING=1: the same table on stdout, the seconds of each phase on stderr.
expect_status 0 "$SYN" score --instrument lead --format csv
plain=$OUT
expect_not_contains "no timing by default" "timing:" "$ERR"
expect_status 0 env SYNERGIST_TIMING=1 "$SYN" score --instrument lead --format csv
expect_eq "timing leaves the table" "$plain" "$OUT"
printf '%s\n' "$ERR" | grep -Eq '^timing: load_s=[0-9]+\.[0-9]{3} compute_s=[0-9]+\.[0-9]{3} write_s=[0-9]+\.[0-9]{3}$' ||
  fail "timing line on stderr, got: $ERR"
expect_status 1 "$SYN" score --instrument lead --wave nosuchwave
expect_status 1 "$SYN" score --instrument nosuch
expect_status 2 "$SYN" score --instrument lead --items --between
echo ok
