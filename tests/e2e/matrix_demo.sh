# The demo's qualitative evidence: sources linked to the interviewees, two
# coders who mostly agree (pooled kappa between 0.7 and 0.9), charted
# summaries in the matrix and the synthesis, quotes attributed by pseudonym
# and overlapping codes for the co-occurrence table; the matrix page in
# French and in English.
. "$E2E_LIB"
expect_status 0 "$SYN" demo
expect_status 0 "$SYN" source list --format csv
expect_eq "20 sources" "20" "$(echo "$OUT" | tail -n +2 | wc -l | tr -d ' ')"
expect_contains "French PCCP interview linked to 011" "pccp_int_011,PCCP,interview,011,fr" "$OUT"
expect_contains "English CHRP interview linked to 017" "chrp_int_017,CHRP,interview,017,en" "$OUT"

expect_status 0 "$SYN" agreement --coders ana,ben --format csv
ALL=$(echo "$OUT" | grep '^all,')
K=$(echo "$ALL" | cut -d, -f3)
awk -v k="$K" 'BEGIN{ exit !(k>=0.7 && k<=0.9) }' || fail "pooled kappa $K not in [0.7,0.9]"
expect_status 0 "$SYN" agreement --coders ana,ben
expect_contains "8 shared sources" "8 sources coded by both" "$OUT"

expect_status 0 "$SYN" matrix --codes "relationships among partners" --format csv
expect_contains "PCCP trust charted" "PCCP,determinants/relationships among partners/trust," "$OUT"
expect_contains "summary text" "Trust built before the 2015 reform" "$OUT"

expect_status 0 "$SYN" synthesis --codes governance --quotes 1
expect_contains "CHRP summary" "CHRP: The committee is advisory" "$OUT"
expect_contains "PCCP quote attributed" "(011, PCCP)" "$OUT"

expect_status 0 "$SYN" cooccurrence --format csv
expect_contains "overlapping codes" "enabling processes/interpersonal/face-to-face meetings,negative factors/poor communication,4," "$OUT"
expect_status 0 "$SYN" matrix --html "$T/demo.html"
expect_contains "html has the quotes" "(016, PCCP)" "$(cat "$T/demo.html")"
# In French: the page's words, the built-in codebook's codes by their French
# names, counts pluralised by ngettext ("1 segment, 1 source", never
# "1 segments") with a decimal comma; English keeps its plurals.
LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" matrix --html "$T/fr.html" >/dev/null || fail "matrix --html in French"
FR=$(cat "$T/fr.html")
expect_contains "French page" '<html lang="fr">' "$FR"
expect_contains "French title" "<h1>Matrice d’analyse par partenariat</h1>" "$FR"
expect_contains "French category" '<th class="cat" colspan="3">déterminants/ressources</th>' "$FR"
expect_contains "French code" '<td class="code">argent</td>' "$FR"
expect_contains "singular counts" '<div class="n">1 segment, 1 source, ' "$FR"
expect_not_contains "no plural after 1" '>1 segments' "$FR"
expect_not_contains "no English code" '>determinants<' "$FR"
expect_contains "French coverage" "$(printf '\302\240')% de couverture</div>" "$FR"
EN=$(cat "$T/demo.html")
expect_contains "English category" '<th class="cat" colspan="3">determinants/resources</th>' "$EN"
expect_contains "English singular" '<div class="n">1 segment, 1 source, ' "$EN"
echo "matrix_demo: ok"
