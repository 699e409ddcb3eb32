# portfolio_basic.sh: the programme view on the hand-made study of
# diagnose_roster.sh and on the demo.
# By hand (tests/data/diagnose/members.csv, today 2018-12-31): AAA's current
# members are a1 (Uni A, academic) and a2 (Clinic A, nonprofit): nonprofit
# only, one sector; BBB's are Uni B (academic), Clinic B (nonprofit), Agency B
# (government) and a patient partner: two sectors. So nonprofit 2 of 2,
# industry 0, government 1 of 2 (50%), academic 2 of 2, health system 0,
# one sector 1, two 1, three 0, none of the three 0 (the spans add up to
# the 2 partnerships; the 2024 study has no count for academic, health
# system or none, so those rows have no reference).
# AAA's open findings (ongoing, or ending within open_days=365 of today; see
# diagnose_roster.sh): concerns = ongoing gap, no patient partner, 2017
# attendance, 2017 individual and organisational turnover (5); warnings = no
# decision maker (1); the 2016-17 gap ended 2017-01-10 and is closed.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add BBB --name "Steady" >/dev/null
"$SYN" partnership add AAA --name "Struggling" >/dev/null
"$SYN" member import "$TESTDATA/diagnose/members.csv" >/dev/null
"$SYN" meeting import "$TESTDATA/diagnose/meetings.csv" >/dev/null

expect_status 0 "$SYN" portfolio --table sectors --format csv
expect_eq "sector mix" "measure,partnerships,of,percent,reference_255
involves nonprofit partners,2,2,100,190
involves industry partners,0,2,0,112
involves government partners,1,2,50,140
involves academic partners,2,2,100,
involves health system partners,0,2,0,
spans one sector,1,2,50,86
spans two sectors,1,2,50,147
spans three sectors,0,2,0,20
none of the three sectors,0,2,0," "$OUT"

expect_status 0 "$SYN" portfolio --table partnerships --format csv
FIRST=$(printf '%s\n' "$OUT" | sed -n 2p)
expect_contains "struggling first" "AAA,,,,," "$FIRST"
expect_contains "AAA counts" "AAA,,,,,,5,1,,,2,yes,no,no,yes,no,no,\"nonprofit, academic\",1" "$FIRST"
expect_contains "BBB line" "BBB,,,,,,0,0,,,4,yes,no,yes,yes,no,no,\"nonprofit, government, academic\",2" "$OUT"
expect_status 2 "$SYN" portfolio --format csv
expect_status 2 "$SYN" portfolio --table nope

# Demo: latest synergy and response rates. Response rates by hand from the
# demo: PCCP 15 answer sets / 16 members present on 2017-06-01 (the latest
# wave opens) = 0.94; CHRP 20 / 22 = 0.91 (counted with sqlite3 on the demo).
# Synergy from `synergist score --instrument psf` on the demo (coherent
# answers, a trait per scale): PCCP follow-up 2 mean 4.0248, follow-up 1
# 3.0053, so the trend is 4.0248 - 3.0053 = +1.02 and its CI (0.62 to 1.42
# in `score --change`) excludes 0: a clear rise. CHRP follow-up 2 against
# follow-up 1: -0.03, its CI includes 0: about the same (the rule of the
# report's briefing, portfolio_trend()).
rm -f "$STUDY"
"$SYN" demo >/dev/null
expect_status 0 "$SYN" portfolio --table partnerships --format csv
expect_eq "CSV columns" "partnership,wave,synergy,band,trend,change,concerns,warnings,response_rate,members_present,members_now,nonprofit,industry,government,academic,health_system,other_sector,sectors,reference_sector_count" "$(printf '%s\n' "$OUT" | head -1)"
expect_contains "PCCP line" "PCCP,followup2,4.02,strength,rise,1.02," "$OUT"
expect_contains "CHRP steady" "CHRP,followup2,3.56,work,steady,-0.03," "$OUT"
expect_contains "PCCP response: 15 of the 16 present at followup2, 13 now" ",0.94,16,13," "$OUT"
expect_contains "CHRP response: 20 of the 22 present at followup2, 23 now" ",0.91,22,23," "$OUT"
expect_status 0 "$SYN" portfolio --table partnerships --format json
expect_contains "json trend code" '"trend": "rise"' "$OUT"
expect_contains "json change number" '"change": 1.02' "$OUT"

# Text is read by people: the report's words and rule (no sign-only trend).
expect_status 0 env LANGUAGE= LC_ALL= LC_MESSAGES= LANG=C.UTF-8 "$SYN" portfolio --table partnerships
expect_contains "PCCP rise in words" "strength  ↑ up 1.02: a clear rise" "$OUT"
expect_contains "CHRP the same in words" "work      → about the same (-0.03)" "$OUT"
expect_contains "rate in percent of its denominator" "94% of 16" "$OUT"
expect_contains "members now heading" "members_now" "$OUT"
expect_contains "sectors named" "nonprofit, government" "$OUT"
expect_not_contains "no sign-only trend" "down -0.03" "$OUT"
expect_not_contains "no machine trend" "CI excludes" "$OUT"
# ... and in French (band names and trends as in the French report).
expect_status 0 env LANGUAGE= LC_ALL= LC_MESSAGES= LANG=fr_FR.UTF-8 "$SYN" portfolio
expect_contains "French band and rise" "force         ↑ en hausse de 1,02 : une hausse nette" "$OUT"
expect_contains "French band and same" "à travailler  → à peu près pareil (-0,03)" "$OUT"
expect_contains "French rate (a no-break space before %)" "94 % de 16" "$OUT"
expect_contains "French sectors" "sans but lucratif, gouvernement" "$OUT"
for w in strength work 'about the same' nonprofit; do
  expect_not_contains "no English in French text: $w" " $w" "$OUT"
done
expect_status 0 "$SYN" portfolio --format json
expect_contains "json object" '"partnerships": [' "$OUT"
expect_contains "json sectors" '"sectors": [' "$OUT"
