# diagnose_roster.sh: the roster rules on a hand-made study
# (tests/data/diagnose/members.csv, meetings.csv), today = 2018-12-31.
# AAA is built so that every roster rule fires; BBB so that none does.
# Expected values by hand:
#  meeting gaps: 2016-04-01 -> 2017-01-10 = 29+31+30+31+31+30+31+30+31+10 = 284 days
#    (warning: over 180, not over 365); 2017-02-20 -> 2018-12-31 = 679 days, ongoing (concern)
#  turnover 2017: 4 members on 2017-01-01, 2 on 2017-12-31, 2 left:
#    2*2/(4+2) = 0.667 (concern: at least twice 0.3); organisations 3 -> 2
#    (Ministry A lost): 2*1/(3+2) = 0.400
#  attendance: 2016 three meetings all 4 present attend (1.00); 2017 three
#    meetings, 1 of 4 attends (0.25): a fall of 0.75 (concern)
#  patient partner (expected group) missing since 2017-06-01: 578 days to
#    2018-12-31 (concern); decision maker since 2017-03-01: 670 days (warning)
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add AAA --name "Struggling" >/dev/null
"$SYN" partnership add BBB --name "Steady" >/dev/null
"$SYN" member import "$TESTDATA/diagnose/members.csv" >/dev/null
"$SYN" meeting import "$TESTDATA/diagnose/meetings.csv" >/dev/null

expect_status 0 "$SYN" diagnose AAA --format csv
CSV=$OUT
row(){ printf '%s\n' "$CSV" | grep "^AAA,$1" | grep -- "$2" || true; }
expect_contains "gap 284" "AAA,meeting_gap,warning,,2016-04-01,2017-01-10,meeting_gap,gap_days=180,No meeting for 284 days" "$CSV"
expect_contains "ongoing gap 679" "AAA,meeting_gap,concern,,2017-02-20,,meeting_gap,gap_days=180,No meeting for 679 days since 2017-02-20" "$CSV"
expect_contains "turnover individual" "turnover=0.667; start=4; end=2" "$(row turnover turnover.individual)"
expect_contains "turnover concern" "AAA,turnover,concern,,2017-01-01,2017-12-31,turnover.individual" "$CSV"
expect_contains "turnover organisational" "turnover=0.400; start=3; end=2" "$(row turnover turnover.organisational)"
expect_contains "lost organisation" "organisation:Ministry A" "$(row turnover turnover.organisational)"
expect_contains "attendance" "rate_before=1.000; rate=0.250; meetings=3" "$(row attendance_decline .)"
# AAA's stakeholder groups have one member each: under suppress_min (5), the
# finding never names the group whose attendance fell most (that would be
# one person's attendance); with suppress_min 1 it does.
expect_not_contains "no one-member group named" "most among" "$(row attendance_decline .)"
"$SYN" setting suppress_min 1 >/dev/null
expect_status 0 "$SYN" diagnose AAA --format csv
expect_contains "group named at suppress_min 1" "most among" "$OUT"
"$SYN" setting suppress_min 5 >/dev/null
expect_contains "attendance concern" "AAA,attendance_decline,concern,,2017-01-01,2017-12-31" "$CSV"
expect_contains "no patient partner" "AAA,missing_stakeholder_group,concern,,2017-06-01,,missing_stakeholder_group,missing_days=90,\"No patient partner among the members since 2017-06-01 (578 days, an expected group" "$CSV"
expect_contains "no decision maker" "AAA,missing_stakeholder_group,warning,,2017-03-01,,missing_stakeholder_group,missing_days=90,No decision maker among the members since 2017-03-01 (670 days" "$CSV"
N=$(printf '%s\n' "$CSV" | tail -n +2 | wc -l)
expect_eq "AAA finding count" 7 "$N"

# Long after the study's records end (its last activity: BBB's meeting of
# 2018-11-01, more than gap_days before 2020-06-30), AAA's ongoing gap runs
# to that day, not to today: 2017-02-20 -> 2018-11-01 = 619 days (20.3
# months, python3 datetime), closed; BBB met that day, so it has none.
expect_status 0 env SYNERGIST_TODAY=2020-06-30 "$SYN" diagnose --kind meeting_gap --format csv
expect_contains "gap to the last record" "AAA,meeting_gap,concern,,2017-02-20,2018-11-01,meeting_gap,gap_days=180,No meeting recorded for 619 days (20.3 months) between 2017-02-20 and the study's last recorded activity on 2018-11-01" "$OUT"
expect_not_contains "not to today" "days since 2017-02-20" "$OUT"
expect_not_contains "BBB has no gap" "BBB,meeting_gap" "$OUT"
expect_status 0 env SYNERGIST_TODAY=2020-06-30 "$SYN" diagnose AAA --open --kind meeting_gap --format csv
expect_not_contains "ended records: not open" "2017-02-20" "$OUT"

# BBB: regular meetings, nobody leaves, full attendance, a patient partner throughout
expect_status 0 "$SYN" diagnose BBB
expect_contains "BBB clean" "No findings." "$OUT"
expect_contains "roster only" "no survey answers" "$OUT"

# thresholds move the rules: none of these fire any more
expect_status 0 "$SYN" diagnose AAA --format csv --set gap_days=700 --set turnover_individual=0.7 \
  --set turnover_organisational=0.5 --set attendance_drop=0.8 --set missing_days=700
expect_eq "all silenced" "partnership,kind,severity,wave,date,end_date,rule,threshold,detail,figures,evidence" "$OUT"
# ... and the same through study settings
"$SYN" setting diagnose.gap_days 300 >/dev/null
expect_status 0 "$SYN" diagnose AAA --kind meeting_gap --format csv
expect_contains "setting quoted" "gap_days=300" "$OUT"
expect_not_contains "284-day gap under 300" "2016-04-01,2017-01-10" "$OUT"
"$SYN" setting diagnose.expected_groups "patient partner; clinician" >/dev/null
expect_status 0 "$SYN" diagnose BBB --format csv
expect_eq "BBB has every expected group" "partnership,kind,severity,wave,date,end_date,rule,threshold,detail,figures,evidence" "$OUT"
expect_status 0 "$SYN" diagnose --rules --format csv
expect_contains "rules list" "gap_days," "$OUT"
expect_contains "rules list meaning" "tipping_losses,1,1,tipping_point" "$OUT"
# --open keeps the ongoing findings only
expect_status 0 "$SYN" diagnose AAA --open --format csv
expect_not_contains "closed gap not open" "2016-04-01,2017-01-10" "$OUT"
expect_contains "ongoing gap open" "2017-02-20,," "$OUT"
