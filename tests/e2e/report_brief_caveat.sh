# report_brief_caveat.sh: when the levers of a briefing come from a
# regression whose interval is likely too narrow (figure se_cr2 = 0 of the
# levers finding: too few partnerships for the cluster-robust standard
# error, "the lever is a lead to check" in its details), the briefing says
# under "What to do first" that they are leads to check. The demo has 2
# partnerships (CR2 df about 1, below lever_min_df = 4: `diagnose`), so both
# briefings carry the caveat, in English and French; a generated programme
# of 40 partnerships (bench/programme_gen.py) judges every lever by CR2
# (se_cr2 = 1) and its briefings carry none.
. "$E2E_LIB"
"$SYN" demo >/dev/null
se=$("$SYN" --format json diagnose | python3 -c '
import json, sys
print(" ".join(sorted({str(f["figures"]["se_cr2"]) for f in json.load(sys.stdin) if f["rule"] == "levers"})))')
expect_eq "demo levers by the ordinary SE" "0" "$se"
expect_status 0 "$SYN" report --all --out "$T/en.html"
expect_status 0 "$SYN" report --all --lang fr --out "$T/fr.html"
for P in CHRP PCCP; do
  expect_contains "$P caveat" '<p class="brief-caveat">Leads to check, not firm advice: with 2 partnerships in the programme, the analysis behind these levers is likely more confident than its data allow.</p>' \
    "$(awk -v id="id=\"brief-$P\"" 'index($0, id){on=1} on && /<\/article>/{exit} on' "$T/en.html")"
  expect_contains "$P caveat (fr)" '<p class="brief-caveat">Des pistes à vérifier plutôt que des conseils sûrs' \
    "$(awk -v id="id=\"brief-$P\"" 'index($0, id){on=1} on && /<\/article>/{exit} on' "$T/fr.html")"
done
export SYNERGIST_STUDY="$T/p.db" SYNERGIST_TODAY=2014-06-30
programme_gen "$T/gen" 40 4 12
programme_import "$T/gen"
se=$("$SYN" --format json diagnose | python3 -c '
import json, sys
print(" ".join(sorted({str(f["figures"]["se_cr2"]) for f in json.load(sys.stdin) if f["rule"] == "levers"})))')
expect_eq "programme levers by CR2" "1" "$se"
expect_status 0 "$SYN" report --all --out "$T/p.html"
expect_contains "levers shown" '<li><strong>Act on' "$(cat "$T/p.html")"
expect_not_contains "no caveat" 'class="brief-caveat"' "$(cat "$T/p.html")"
echo ok
