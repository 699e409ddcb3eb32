# screen_basic.sh: screening a potential partnership with the checklist.
# tests/data/diagnose/screening.csv rates four negative factors 1,0,2,1
# (risk = 4 / (2*4) = 0.50) and three success factors 2,1,2 (success =
# 5 / (2*3) = 0.83): by hand, risk 0.50 >= screen_risk_reconsider 0.5 gives
# "reconsider"; with the threshold at 0.6 it is "proceed with conditions"
# (0.50 >= screen_risk_conditions 0.25).
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add NEWP --name "Proposed partnership" >/dev/null

expect_status 0 "$SYN" screen checklist --format csv
expect_eq "checklist rows (16 factors + header)" 17 "$(printf '%s\n' "$OUT" | wc -l)"
expect_contains "negative factor" "mistrust,negative,mistrust," "$OUT"
expect_contains "success factor" "shared_goals,success,shared goals and mutual benefit," "$OUT"

# every problem of a bad file, with positions; nothing stored
expect_status 3 "$SYN" screen record NEWP "$TESTDATA/diagnose/screening_bad.csv"
expect_contains "rating out of range" "screening_bad.csv:2:2: rating must be 0, 1 or 2, not '3'" "$ERR"
expect_contains "unknown factor" "screening_bad.csv:3:1: unknown factor 'no_such_factor'" "$ERR"
expect_contains "twice" "screening_bad.csv:5:1: factor 'mistrust' is rated twice" "$ERR"
expect_contains "not a number" "screening_bad.csv:6:2: rating must be 0, 1 or 2, not 'x'" "$ERR"
expect_status 0 "$SYN" screen list --format csv
expect_eq "nothing stored" "id,partnership,date,by,factors,risk,success,verdict" "$OUT"

expect_status 0 "$SYN" screen record NEWP "$TESTDATA/diagnose/screening.csv" --date 2019-02-01 --by coordinator
expect_contains "recorded" "screening 1 of NEWP recorded: 7 factors, risk 50%, success 83%: reconsider" "$OUT"
expect_status 0 "$SYN" screen list --format csv
expect_contains "listed" "1,NEWP,2019-02-01,coordinator,7,0.50,0.83,reconsider" "$OUT"

"$SYN" setting diagnose.screen_risk_reconsider 0.6 >/dev/null
expect_status 0 "$SYN" screen list --format csv
expect_contains "threshold from the study" "1,NEWP,2019-02-01,coordinator,7,0.50,0.83,proceed with conditions" "$OUT"

expect_status 0 "$SYN" screen show NEWP --format csv
expect_contains "rated factor with note" "power_imbalance,negative,power imbalance,2,the funder chairs and decides,power" "$OUT"
expect_contains "unrated factor" "flexibility,success,flexibility,,,adaptation" "$OUT"
expect_status 0 "$SYN" screen show NEWP
expect_contains "header" "Screening 1 of NEWP on 2019-02-01 by coordinator" "$OUT"

expect_status 1 "$SYN" partnership remove NEWP
expect_status 1 "$SYN" screen show NOPE
expect_status 1 "$SYN" screen record NOPE "$TESTDATA/diagnose/screening.csv"
expect_status 0 "$SYN" screen remove 1
expect_status 1 "$SYN" screen remove 1
expect_status 1 "$SYN" screen show NEWP
expect_contains "none left" "has no screening yet" "$ERR"
