# report_french.sh: `synergist report --lang fr` on the demo programme is
# French throughout: the findings of the diagnosis (PCCP's synergy decline,
# CHRP's long meeting gap, a lever's suggestion from data/levers.json) come
# in French with decimal commas and a no-break space before "%", tables and
# SVG labels use decimal commas, and none of the English sentence templates
# of src/diagnose is left. The English report keeps its English sentences
# and decimal points. Then the membership chart's and the retention table's
# end: at SYNERGIST_TODAY when set, else at the study's last dated event.
# Expected numbers: synergy means from `synergist score --instrument psf`
# (tested against R in survey_score.sh); the meeting gap in days from the
# two meeting dates with date(1), and in months as days / 30.44 with awk.
. "$E2E_LIB"
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --all --out "$T/fr.html" --lang fr
expect_status 0 "$SYN" report --all --out "$T/en.html" --lang en
NB=$(printf '\302\240')
# The part of page $2 from section $1 to the next section.
section(){ awk -v id="id=\"$1\"" 'index($0, id){on=1} on && /<section / && !index($0, id){exit} on' "$T/$2"; }
FR=$(cat "$T/fr.html")
FI=$(section findings fr.html)
comma(){ printf '%s' "$1" | tr . ,; }

# PCCP's synergy decline from baseline to follow-up 1.
"$SYN" score --instrument psf --format csv >"$T/s.csv"
m0=$(awk -F, '$1=="PCCP" && $2=="baseline" && $3=="synergy" {printf "%.2f", $5}' "$T/s.csv")
m1=$(awk -F, '$1=="PCCP" && $2=="followup1" && $3=="synergy" {printf "%.2f", $5}' "$T/s.csv")
grep -qE 'data-kind="synergy_decline" data-finding="[0-9]+"[^>]*><p class="finding-plain"><strong>Baisse de la synergie</strong>' <<<"$FI" \
  || fail "decline heading: no numbered finding 'Baisse de la synergie'"
expect_contains "decline sentence" "La synergie est passée de $(comma "$m0") (baseline) à $(comma "$m1") (followup1), une baisse nette." "$FI"
expect_contains "no-break space before %" "IC à 95${NB}% de" "$FI"
# CHRP's meeting gap between 2015-05-04 and 2016-11-15.
days=$(( ($(date -u -d 2016-11-15 +%s) - $(date -u -d 2015-05-04 +%s)) / 86400 ))
months=$(awk -v d="$days" 'BEGIN {printf "%.1f", d/30.44}')
expect_eq "gap days by hand" 561 "$days"
expect_contains "meeting gap sentence" \
  "Aucune réunion pendant $days jours ($(comma "$months") mois) entre le 2015-05-04 et le 2016-11-15 (règle meeting_gap : interruptions de plus de gap_days=180" "$FI"
expect_contains "gap evidence" "réunion 2015-05-04 : dernière réunion avant l’interruption" "$FI"
# Timeline kinds are the program's words, so they are translated too.
expect_contains "timeline kind" "<td>décision</td>" "$FR"
expect_contains "event evidence kind" "événement 2015-06-16 décision" "$FI"
# The instrument's French title in the methods, and the French axis label.
expect_contains "instrument title" "Synergie et fonctionnement du partenariat" "$FR"
expect_contains "axis label" "score (1 à 5)" "$FR"
# A lever in French with its suggestion (data/levers.json, involvement, "fr").
expect_contains "lever sentence" "Agir sur «${NB}niveau d’implication${NB}» (levier" "$FI"
expect_contains "lever suggestion" "<p class=\"finding-action\">Suggestion : Confier à chaque membre une tâche concrète entre les réunions, qui corresponde à ce que son organisation peut offrir.</p>" "$FI"
expect_contains "French item wording" "moyenne" "$FI"
# Percentages: the turnover sentence.
expect_contains "turnover percent" "Roulement individuel de 82${NB}% en 2015" "$FI"
# Machine names stay: kinds in data-kind, rule names and thresholds.
expect_contains "threshold key" "turnover_individual=0.3" "$FI"
# No English template of src/diagnose is left anywhere on the page.
for phrase in "Synergy fell from" "No meeting for" "rule meeting_gap:" "Enabling processes" "answer sets" \
              "Act on " "below the programme's other partnerships" "last meeting before the gap" \
              "of present members attended" "Individual turnover" "No patient partner" "Pair each new representative" \
              "Give every member a concrete task" "in the concern band" "mean 2." "evidence:"; do
  expect_not_contains "English phrase '$phrase'" "$phrase" "$FR"
done
# Numbers: the scores table (scales by their French labels) and the SVG
# labels use a decimal comma.
n=$(awk -F, '$1=="PCCP" && $2=="followup2" && $3=="synergy" {print $4}' "$T/s.csv")
m=$(awk -F, '$1=="PCCP" && $2=="followup2" && $3=="synergy" {printf "%.2f", $5}' "$T/s.csv")
expect_contains "score row" "<td>followup2</td><td>Synergie du partenariat (globale)</td><td class=\"num\">$n</td><td class=\"num\">$(comma "$m")</td>" "$FR"
# The text of every SVG <text> element of page $1.
svgtext(){ grep -o '<text[^>]*>[^<]*</text>' "$T/$1" | sed 's/^<text[^>]*>//'; }
svgfr=$(svgtext fr.html | grep -c '[0-9]\.[0-9]' || true)
svgen=$(svgtext en.html | grep -c '[0-9]\.[0-9]' || true)
expect_eq "SVG labels with a decimal point (fr)" 0 "$svgfr"
[ "$svgen" -gt 0 ] || fail "the English SVG labels should have decimal points"
# the atmosphere box of the model: respondents-weighted mean of the latest waves
atm=$(awk -F, '$1!="all" && $2=="followup2" && $3=="atmosphere" {s+=$4*$5; n+=$4} END {printf "%.1f", s/n}' "$T/s.csv")
expect_contains "model box with a comma" ">$(comma "$atm") &#183; " "$FR"
expect_contains "French attendance chart" ">Présence aux réunions par groupe d’acteurs</title>" "$(section membership fr.html)"
# The interviewee sample in French: its headings and the built-in
# characteristic in words (the study's own attributes keep their names).
IV=$(section qualitative fr.html | sed -n '/<caption>Caractéristiques des personnes interviewées/,/<\/table>/p')
expect_contains "interviewee heading" '<th scope="col">caractéristique</th>' "$IV"
expect_contains "interviewee total column" '<th scope="col">tous (n = ' "$IV"
expect_contains "stakeholder group row" '<th scope="row">groupe d’acteurs</th>' "$IV"
for w in '>characteristic<' '>all (n' '>stakeholder_group<'; do
  expect_not_contains "no English in the interviewee table: $w" "$w" "$IV"
done

# The English report: English sentences with decimal points, no French.
EN=$(section findings en.html)
expect_contains "English decline" "Synergy fell from $m0 (baseline) to $m1 (followup1)" "$EN"
expect_contains "English heading" "<strong>Synergy fell</strong>" "$EN"
expect_contains "English gap" "No meeting for $days days ($months months) between 2015-05-04 and 2016-11-15" "$EN"
expect_not_contains "no French in English" "La synergie" "$EN"

# The membership chart ends at the study's last dated event (meetings,
# timeline, waves, members), not at today; with SYNERGIST_TODAY, at it.
last=$( { "$SYN" meeting list --format csv; "$SYN" timeline list --format csv; "$SYN" wave list --format csv;
          "$SYN" member list --format csv; } | tr ',' '\n' | grep -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' | sort | tail -1)
years(){ section membership "$1" | awk 'd{next} /<svg/{on=1} on; /<\/svg>/{if(on)d=1}' | grep -o '>[0-9]\{4\}</text>' | tr -dc '0-9\n' | sort -n | tail -1; }
unset SYNERGIST_TODAY
expect_status 0 "$SYN" report --all --out "$T/now.html"
# the axis runs 3% of the span past the end: the year of the last event or the next
y=$(years now.html); yl=${last%%-*}
[ "$y" = "$yl" ] || [ "$y" = "$((yl+1))" ] || fail "membership chart ends in $y, not near the last event $last"
# The retention table stops where the chart does, at the year of the last
# event, not at today's (it used to add a row of zeros per year since).
tyear(){ section membership "$1" | grep -o '<tr><th scope="row">[^<]*</th><td class="num">[0-9]\{4\}</td>' |
         grep -o '[0-9]\{4\}' | sort -n | tail -1; }
expect_eq "retention table ends at the last event's year" "$yl" "$(tyear now.html)"
export SYNERGIST_TODAY=2021-06-30
expect_status 0 "$SYN" report --all --out "$T/fixed.html"
expect_eq "chart runs to SYNERGIST_TODAY" 2021 "$(years fixed.html)"
expect_eq "retention table runs to SYNERGIST_TODAY" 2021 "$(tyear fixed.html)"
exit 0
