# report_struggling.sh: the programme overview's struggling partnerships on
# a generated programme (bench/programme_gen.py: 48 partnerships x 3 waves
# x 12 members, as of 2012-12-31, when 25 of them have open concerns).
# Each partnership's main finding is the open finding that weighs most
# (the most severe; of one kind, the largest magnitude), never the first
# in the alphabetical order of its sentence: so it is the same finding in
# English and in French, and when it is a weak determinant (every one of
# them here is in the concern band, edge 3.0), its score is the lowest of
# that partnership's open weak-determinant concerns, as
# `diagnose --format json` lists them. The list stops at 20 and says how
# many more partnerships have open concerns, pointing to the portfolio.
. "$E2E_LIB"
export SYNERGIST_TODAY=2012-12-31
G="$T/gen"
programme_gen "$G" 48 3 12
programme_import "$G"
"$SYN" --format json diagnose >"$T/f.json"
for L in en fr; do expect_status 0 "$SYN" report --programme --lang "$L" --out "$T/$L.html"; done
# partnership, kind, severity and figures of each listed main finding
main(){ python3 - "$1" <<'PY'
import re, sys
h = open(sys.argv[1]).read()
s = h[h.index('<ul class="struggling">'):]
s = s[:s.index('<table')]
for m in re.finditer(r'<li class="sev-(\w+)" data-kind="(\w+)"><strong>(?:<a [^>]*>)?(\w+)(?:</a>)?</strong>.*?<details>.*?<p>[^<]*</p>\n(?:<p>[^<]*? (mean|moyenne) = ([0-9.,]+))?', s, re.S):
    print(m.group(3), m.group(2), m.group(1), (m.group(5) or "-").replace(",", "."))
PY
}
en=$(main "$T/en.html"); fr=$(main "$T/fr.html")
[ "$(printf '%s\n' "$en" | wc -l)" = 20 ] || fail "20 struggling partnerships listed, got: $en"
expect_eq "the same main findings in English and French" "$en" "$fr"
# The lowest open weak-determinant concern of each partnership, by hand
# from diagnose's findings.
lowest=$(python3 -c '
import json, sys
best = {}
for f in json.load(open(sys.argv[1])):
    if f["open"] and f["kind"] == "low_determinant" and f["severity"] == "concern":
        m = f["figures"]["mean"]
        if f["partnership"] not in best or m < best[f["partnership"]]: best[f["partnership"]] = m
for p, m in sorted(best.items()): print(p, "%.2f" % m)' "$T/f.json")
nDet=0
while read -r P kind sev mean; do
  [ "$kind" = low_determinant ] || continue
  nDet=$((nDet+1))
  expect_eq "$P: main finding is its lowest weak determinant" "$(printf '%s\n' "$lowest" | awk -v p="$P" '$1==p {print $2}')" "$mean"
done <<<"$en"
[ "$nDet" -ge 10 ] || fail "expected most main findings to be weak determinants: $en"
# 25 partnerships have open concerns (portfolio's concerns column): five
# more than the 20 listed.
n=$("$SYN" --format csv portfolio --table partnerships | awk -F, 'NR==1 {for(i=1;i<=NF;i++) if($i=="concerns") c=i; next} $c>0' | wc -l)
expect_eq "partnerships with open concerns" 25 "$n"
expect_contains "more line" '<p class="struggling-more">5 more partnerships have open concerns: the programme portfolio below lists them with the others, struggling partnerships first.</p>' "$(cat "$T/en.html")"
expect_contains "more line (fr)" '<p class="struggling-more">5 autres partenariats ont des préoccupations en cours : le portefeuille du programme ci-dessous les présente avec les autres, les partenariats en difficulté d’abord.</p>' "$(cat "$T/fr.html")"
# The briefing's "What changed" tells one weak determinant per partnership:
# the lowest of its open concerns too (by magnitude, not the first in the
# alphabetical order of the sentences), in English and in French.
while read -r P kind sev mean; do
  [ "$kind" = low_determinant ] || continue
  for L in en fr; do
    "$SYN" report "$P" --lang "$L" --out "$T/$P-$L.html" >/dev/null
    got=$(awk -v id="id=\"brief-$P\"" 'index($0, id){on=1} on && /<\/article>/{exit} on' "$T/$P-$L.html" \
          | grep 'data-kind\|<li class="sev-concern"><strong>' | grep -o '\(scores\|score de\) [0-9]*[.,][0-9]*' | sed -n '1{s/.* //; s/,/./; p}')
    expect_eq "$P briefing's weak determinant ($L)" "$mean" "$got"
  done
done <<<"$(printf '%s\n' "$en" | head -3)"
