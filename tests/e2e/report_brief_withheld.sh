# report_brief_withheld.sh: the briefing's trend when the wave before the
# latest shown one is withheld (small-cell suppression). A generated
# programme (bench/programme_gen.py, 4 partnerships x 3 waves x 12
# members) keeps only 3 of P0001's answer sets in w01, fewer than the 5
# needed to show a wave: w00 and w02 are shown, w01 is not. The portfolio
# gives P0001 no trend (a change is only measured between consecutive
# waves both shown), so the briefing says the wave before, w01, is
# withheld rather than "the first wave with synergy shown" (w00 is shown on
# the same page), in English and in French.
. "$E2E_LIB"
export SYNERGIST_TODAY=2015-06-30
G="$T/gen"
programme_gen "$G" 4 3 12
awk -F, '!($2=="P0001" && $3=="w01") || ++n<=3' "$G/answers.csv" >"$G/a.csv"
programme_import "$G" "$G/a.csv"
# w01 withheld, w00 and w02 shown; no trend in the portfolio.
"$SYN" score --instrument psf --format csv >"$T/s.csv"
expect_eq "P0001 synergy shown" "w00 w02" "$(awk -F, '$1=="P0001" && $3=="synergy" && $5!="" {printf "%s%s", s, $2; s=" "}' "$T/s.csv")"
expect_eq "P0001 portfolio trend" "" "$("$SYN" --format csv portfolio --table partnerships | awk -F, '$1=="P0001" {print $5}')"
expect_status 0 "$SYN" report P0001 --out "$T/en.html"
BR=$(awk '/id="brief-P0001"/{on=1} on && /<\/article>/{exit} on' "$T/en.html")
expect_contains "trend sentence" "in wave w02, in the" "$BR"
expect_contains "withheld wave named" "no trend, as the wave before, w01, is withheld to protect confidentiality." "$BR"
expect_not_contains "not the first wave" "first wave with synergy shown" "$BR"
expect_not_contains "no comparison with w00" "since w00" "$BR"
expect_status 0 "$SYN" report P0001 --lang fr --out "$T/fr.html"
expect_contains "trend sentence (fr)" "pas de tendance, car la vague précédente, w01, est masquée pour protéger la confidentialité." \
  "$(awk '/id="brief-P0001"/{on=1} on && /<\/article>/{exit} on' "$T/fr.html")"
# A partnership whose every wave is shown keeps its trend words.
expect_contains "P0000 has a trend" "as in w01 (change" "$("$SYN" report P0000 --out "$T/p0.html" >/dev/null; awk '/id="brief-P0000"/{on=1} on && /<\/article>/{exit} on' "$T/p0.html")"
