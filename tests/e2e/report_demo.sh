# report_demo.sh: `synergist report` on the demo programme, whose surveys
# and diagnosis exist: the scores section draws the synergy chart and the
# score table, the findings section lists PCCP's synergy decline (the demo's
# story, src/survey/demo_survey.c: PCCP's synergy dips in follow-up 1), the
# model boxes carry the latest wave's scores, and neither section says "No
# data yet". Expected numbers are taken from `synergist score --instrument
# psf` (tested against R in survey_score.sh): the report's table must show
# the same n and mean, and the atmosphere box must be the respondent-weighted
# mean of CHRP and PCCP at follow-up 2, computed here with awk.
. "$E2E_LIB"
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --all --out "$T/d.html"
H=$(cat "$T/d.html")
# The part of page $2 (default d.html) from section $1 to the next section.
section(){ awk -v id="id=\"$1\"" 'index($0, id){on=1} on && /<section / && !index($0, id){exit} on' "$T/${2:-d.html}"; }
SC=$(section scores)
FI=$(section findings)
MO=$(section model)
expect_contains "synergy chart" ">Partnership synergy by wave</title>" "$SC"
expect_contains "svg in scores" '<svg' "$SC"
expect_contains "determinant chart" "Enabling processes of PCCP by wave" "$SC"
"$SYN" score --instrument psf --format csv >"$T/s.csv"
row=$(awk -F, '$1=="PCCP" && $2=="followup2" && $3=="synergy" {printf "<td>followup2</td><td>synergy</td><td class=\"num\">%d</td><td class=\"num\">%.2f</td>", $4, $5}' "$T/s.csv")
expect_contains "score row" "$row" "$SC"
atm=$(awk -F, '$1!="all" && $2=="followup2" && $3=="atmosphere" {s+=$4*$5; n+=$4} END {printf "%.1f", s/n}' "$T/s.csv")
expect_not_contains "no no-data in scores" "No data yet" "$SC"
expect_contains "PCCP synergy decline" 'data-kind="synergy_decline"><strong>PCCP: synergy_decline' "$FI"
expect_contains "suggested actions" "Suggested actions:" "$FI"
expect_not_contains "no no-data in findings" "No data yet" "$FI"
expect_contains "model box scored" ">$atm &#183; " "$MO"
expect_not_contains "model no-data" "No data yet" "$MO"
expect_not_contains "script" "<script" "$H"

# One partnership: only its charts.
# Inter-coder agreement: the report's pooled row is the agreement command's
# (whose values tests/e2e/agreement_basic.sh checks against R and hand counts).
Q=$(section qualitative)
pooled=$("$SYN" agreement --coders ana,ben --format csv | awk -F, '$1=="all" {printf "<th scope=\"row\">all</th><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td>", $2, $3, $4}')
expect_contains "agreement table" "Inter-coder agreement by code" "$Q"
expect_contains "pooled agreement row" "$pooled" "$Q"

expect_status 0 "$SYN" report PCCP --out "$T/p.html"
expect_contains "PCCP only" "Enabling processes of PCCP by wave" "$(cat "$T/p.html")"
expect_not_contains "CHRP chart left out" "Enabling processes of CHRP" "$(cat "$T/p.html")"

# Suppression: with suppress_min above PCCP's follow-up 2 answer sets,
# that group is hidden and the section says so.
n=$(awk -F, '$1=="PCCP" && $2=="followup2" && $3=="synergy" {print $4+1}' "$T/s.csv")
expect_status 0 "$SYN" setting suppress_min "$n"
expect_status 0 "$SYN" report --all --out "$T/s.html"
S=$(section scores s.html)
expect_contains "suppression said" "Suppression was applied" "$S"
expect_not_contains "suppressed row hidden" '<tr><th scope="row">PCCP</th><td>followup2</td>' "$S"

# Workbook: the scores and findings sheets.
expect_status 0 "$SYN" report --all --xlsx "$T/d.xlsx"
wb=$(unzip -p "$T/d.xlsx" xl/workbook.xml)
expect_contains "scores sheet" 'name="scores"' "$wb"
expect_contains "findings sheet" 'name="findings"' "$wb"

# French.
expect_status 0 "$SYN" report --all --out "$T/f.html" --lang fr
expect_not_contains "English chart title" "Partnership synergy by wave" "$(cat "$T/f.html")"
exit 0
