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
row=$(awk -F, '$1=="PCCP" && $2=="followup2" && $3=="synergy" {printf "<td>followup2</td><td>Partnership synergy (overall)</td><td class=\"num\">%d</td><td class=\"num\">%.2f</td>", $4, $5}' "$T/s.csv")
expect_contains "score row" "$row" "$SC"
atm=$(awk -F, '$1!="all" && $2=="followup2" && $3=="atmosphere" {s+=$4*$5; n+=$4} END {printf "%.1f", s/n}' "$T/s.csv")
expect_not_contains "no no-data in scores" "No data yet" "$SC"
# Findings are grouped by partnership, then severity: PCCP's decline is a
# concern under PCCP's heading, in plain words first, its rule inside the
# closed <details>.
PF=$(printf '%s\n' "$FI" | awk '/<h3 id="findings-PCCP">PCCP<\/h3>/{on=1} on')
# (each finding numbered within its partnership, as in the workbook's findings and evidence sheets)
grep -qE '<li class="finding sev-concern" data-kind="synergy_decline" data-finding="[0-9]+"[^>]*><p class="finding-plain"><strong>Synergy fell</strong>' <<<"$PF" \
  || fail "PCCP synergy decline: no numbered finding 'Synergy fell'"
expect_contains "rule in details" 'Rule: synergy_decline.ci' "$PF"
expect_contains "suggested action" '<p class="finding-action">Suggested: ' "$FI"
# The briefing opens the report: PCCP's synergy at follow-up 2 as score
# prints it, and the rise since follow-up 1 from score --change (a clear
# rise: its CI excludes 0, so the arrow points up).
BR=$(section briefing)
expect_contains "briefing first" '<section class="report-section" id="briefing"' "$(grep -m1 '<section ' "$T/d.html")"
m2=$(awk -F, '$1=="PCCP" && $2=="followup2" && $3=="synergy" {printf "%.2f", $5}' "$T/s.csv")
expect_contains "briefing synergy" "<span class=\"brief-num\">$m2</span>" "$BR"
"$SYN" score --instrument psf --change --format csv >"$T/c.csv"
up=$(awk -F, '$1=="PCCP" && $2=="followup2" && $4=="synergy" {printf "%.2f since followup1: a clear rise (95%% CI %.2f to %.2f)", $10, $11, $12}' "$T/c.csv")
expect_contains "briefing trend" "up $up" "$BR"
expect_contains "briefing arrow" 'trend-up" aria-hidden="true">&#8593;' "$(printf '%s' "$BR" | sed 's/\xe2\x86\x91/\&#8593;/g')"
# What changed, on 2018-12-31: the course of synergy told by its latest
# finding (the recovery), then the 2015 concerns, in that order (PCCP's
# involvement in follow-up 1, 2.90, in the concern band and 0.58 below the
# programme, before the members leaving; the thinner network stays in the
# findings); CHRP's three current findings of follow-up 2, its open
# decision-making concern, then its two open network warnings in the
# diagnosis's order of kinds (finding_kind_rank(): one organisation holding
# others to the network before a network centred on one hub); its past
# 1.5-year meeting gap stays in the findings (current ones come first).
changed=$(printf '%s\n' "$BR" | awk '/id="brief-PCCP"/{on=1} on' | grep -o '<li class="sev-[a-z]*"><strong>[^<]*</strong>' | sed 's/.*<strong>//; s/<.*//' | paste -sd '|')
expect_eq "PCCP what changed" "Synergy recovered|A weak determinant of synergy|Members leaving" "$changed"
changed=$(printf '%s\n' "$BR" | awk '/id="brief-CHRP"/{on=1} /id="brief-PCCP"/{on=0} on' | grep -o '<li class="sev-[a-z]*"><strong>[^<]*</strong>' | sed 's/.*<strong>//; s/<.*//' | paste -sd '|')
expect_eq "CHRP what changed" "A weak determinant of synergy|The network hangs on one organisation|Everything passes through one hub" "$changed"
expect_contains "CHRP gap sentence" "No meeting for 561 days (18.4 months) between 2015-05-04 and 2016-11-15." "$(cat "$T/d.html")"
expect_not_contains "no rule in the briefing" "(rule " "$BR"
expect_contains "briefing how sure" "15 answer sets from the 16 members present when wave followup2 opened (94%)" "$BR"
# The default report leaves the meeting gap table to the workbook and draws
# the cadence; --full keeps the table.
ME=$(section membership)
expect_contains "cadence chart" ">Meeting cadence</title>" "$ME"
# Attendance by stakeholder group is drawn: its chart, with a bar (titled
# "PARTNERSHIP: group: rate") for every row of its folded table.
expect_contains "attendance chart" ">Attendance at meetings by stakeholder group</title>" "$ME"
att=$(awk '/-title">Attendance at meetings by stakeholder group</{on=1} on; on && /<\/svg>/{exit}' <<<"$ME")
bars=$(printf '%s\n' "$att" | grep -o '<rect [^>]*><title>[^<]*</title>' | sed 's/.*<title>//; s/<.*//; s/: [0-9]*$//' | sort)
rows=$(printf '%s\n' "$ME" | sed -n '/<caption>Attendance at meetings by stakeholder group/,/<\/table>/p' \
       | grep '^<tr><th scope="row">' | sed 's/^<tr><th scope="row">\([^<]*\)<\/th><td>\([^<]*\)<.*/\1: \2/' | sort)
[ -n "$rows" ] || fail "attendance table has no rows"
expect_eq "a bar per partnership and group" "$rows" "$bars"
expect_not_contains "no gap table" "Gaps between consecutive meetings" "$ME"
expect_status 0 "$SYN" report --all --full --out "$T/full.html"
expect_contains "full gap table" "Gaps between consecutive meetings" "$(section membership full.html)"
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
# The briefing respects it too: PCCP's follow-up waves (15 and 10 answer
# sets, under suppress_min) are named but not shown; it stands at baseline
# (16 answer sets), with no trend, and follow-up 2's mean appears nowhere.
PB=$(section briefing s.html | awk '/id="brief-PCCP"/{on=1} on')
m0=$(awk -F, '$1=="PCCP" && $2=="baseline" && $3=="synergy" {printf "%.2f", $5}' "$T/s.csv")
expect_contains "briefing at the shown wave" "<span class=\"brief-num\">$m0</span>" "$PB"
expect_contains "briefing no trend" "the first wave with synergy shown, so no trend yet" "$PB"
expect_contains "suppressed wave named" "Wave followup2 is not shown: fewer than $n answer sets." "$PB"
expect_contains "suppressed wave 1 named" "Wave followup1 is not shown: fewer than $n answer sets." "$PB"
expect_not_contains "suppressed mean absent" "$m2" "$PB"

# Workbook: the scores and findings sheets.
expect_status 0 "$SYN" report --all --xlsx "$T/d.xlsx"
wb=$(unzip -p "$T/d.xlsx" xl/workbook.xml)
expect_contains "scores sheet" 'name="scores"' "$wb"
expect_contains "findings sheet" 'name="findings"' "$wb"

# French.
expect_status 0 "$SYN" report --all --out "$T/f.html" --lang fr
expect_not_contains "English chart title" "Partnership synergy by wave" "$(cat "$T/f.html")"
exit 0
