# report_withheld_sections.sh: a partnership whose answers are all withheld
# by small-cell suppression (3 answer sets, fewer than suppress_min = 5)
# is told so: the scores and profile sections say "Withheld to protect
# confidentiality." with the rule, not "No data yet" and a command to run;
# the briefing says synergy is withheld and why, and "How sure" gives the
# answer sets and the response rate with the same reason instead of "not
# yet measured", in English and French. A generated programme
# (bench/programme_gen.py, 4 partnerships x 1 wave x 12 members) keeps 3
# of P0001's answer sets; 12 members were present when w00 opened
# (member list of the generator). Every command a report's "It appears
# here once this has been run" names exists (`synergist help` accepts it),
# on this report and on an empty study's.
. "$E2E_LIB"
export SYNERGIST_TODAY=2015-06-30
G="$T/gen"
programme_gen "$G" 4 1 12
awk -F, '$2!="P0001" || ++n<=3' "$G/answers.csv" >"$G/a.csv"
programme_import "$G" "$G/a.csv"
expect_eq "P0001 answer sets" "3" "$("$SYN" --format csv response list | awk -F, '$1=="P0001" {print $4}')"
expect_status 0 "$SYN" report P0001 --out "$T/en.html"
expect_status 0 "$SYN" report P0001 --lang fr --out "$T/fr.html"
sect(){ awk -v id="id=\"$2\" aria-labelledby" 'index($0, id){on=1} on; on && /<\/section>/{exit}' "$1"; }
for S in scores profile; do
  X=$(sect "$T/en.html" "$S")
  expect_contains "$S withheld" '<strong>Withheld to protect confidentiality.</strong> Every survey wave of the partnerships in this report has fewer than 5 answer sets (setting suppress_min)' "$X"
  expect_not_contains "$S not 'no data'" "No data yet" "$X"
  expect_contains "$S withheld (fr)" "<strong>Masqué pour protéger la confidentialité.</strong> Chaque vague" "$(sect "$T/fr.html" "$S")"
done
BR=$(awk '/id="brief-P0001"/{on=1} on && /<\/article>/{exit} on' "$T/en.html")
expect_contains "where it stands" "Synergy is withheld to protect confidentiality: wave w00 has 3 answer sets, fewer than the 5 a wave needs to be shown." "$BR"
expect_contains "how sure" "3 answer sets from the 12 members present when wave w00 opened (25%): fewer than 5, so its scores are withheld to protect confidentiality." "$BR"
expect_not_contains "not 'not yet measured'" "not yet measured" "$BR"
expect_contains "how sure (fr)" "moins de 5, ses scores sont donc masqués pour protéger la confidentialité." \
  "$(awk '/id="brief-P0001"/{on=1} on && /<\/article>/{exit} on' "$T/fr.html")"
# A partnership with every wave shown keeps its scores.
expect_status 0 "$SYN" report P0000 --out "$T/p0.html"
expect_not_contains "P0000 shown" "Withheld to protect" "$(sect "$T/p0.html" scores)"
# Every hint names a command that exists.
E="$T/empty.db"
"$SYN" --study "$E" init >/dev/null
expect_status 0 "$SYN" --study "$E" report --all --out "$T/empty.html"
hints=$(cat "$T/en.html" "$T/empty.html" | grep -o '<code>synergist [^<]*</code>' | sed 's/<code>synergist //; s/<\/code>//' | sort -u)
[ -n "$hints" ] || fail "no hints found"
while read -r h; do
  cmd=$(printf '%s\n' "$h" | awk '{for(i=1;i<=NF;i++){ if($i ~ /^[a-z]+$/) printf "%s%s", (i>1?" ":""), $i; else exit }}')
  "$SYN" help $cmd >/dev/null 2>&1 || fail "hint 'synergist $h': no command '$cmd'"
done <<<"$hints"
expect_not_contains "no 'score scale'" "score scale" "$(cat "$T/en.html" "$T/empty.html")"
echo ok
