# report_brief_nolever.sh: a partnership for which the levers rule names no
# lever (finding levers.none: no determinant that goes with synergy across
# the programme scores below its target there) gets a sentence saying so
# under "What to do first", never an empty item ("No lever stands out: "
# with no action). A generated programme (bench/programme_gen.py, 40
# partnerships x 4 waves x 12 members, seed 1): `diagnose` gives P0003 (synergy
# 4.47, strength band) levers.none and no ranked lever. No item of any
# briefing ends on its separator, in English or in French, and no
# <strong> of the actions ends with a space (the French " :" belongs after it).
. "$E2E_LIB"
export SYNERGIST_TODAY=2014-06-30
G="$T/gen"
programme_gen "$G" 40 4 12
programme_import "$G"
rules=$("$SYN" --format json diagnose P0003 | python3 -c '
import json, sys
print(" ".join(sorted({f["rule"] for f in json.load(sys.stdin) if f["kind"] == "levers" and f["open"]})))')
expect_eq "P0003 has no lever" "levers.none" "$rules"
expect_status 0 "$SYN" report --all --out "$T/en.html"
expect_status 0 "$SYN" report --all --lang fr --out "$T/fr.html"
brief(){ awk -v id="id=\"brief-$2\"" 'index($0, id){on=1} on && /<\/article>/{exit} on' "$1"; }
BR=$(brief "$T/en.html" P0003)
expect_contains "a sentence for no lever" '<li class="brief-nolever"><strong>No clear lever</strong>: no determinant that goes with synergy across the programme falls short of its target here' "$BR"
expect_not_contains "no empty lever item" "No lever stands out" "$BR"
expect_contains "French sentence" '<strong>Pas de levier net</strong> : aucun déterminant' "$(brief "$T/fr.html" P0003)"
for L in en fr; do
  acts=$(sed -n '/<ul class="brief-actions">/,/<\/ul>/p' "$T/$L.html")
  [ -n "$acts" ] || fail "no briefing actions in $L"
  expect_not_contains "an item ending on its separator ($L)" ": </li>" "$acts"
  expect_not_contains "a space closing the strong ($L)" " </strong>" "$acts"
done
echo ok
