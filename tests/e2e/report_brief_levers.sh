# report_brief_levers.sh: the briefing's "What to do first" names each
# partnership's top levers in their rank order (the "rank" figure of the
# levers finding: lever 1, then lever 2), the same levers in English and in
# French. The expected levers are read from `diagnose --format json` in
# each language: the words before " (lever" / " (levier" of the findings
# ranked 1 and 2. In the demo, PCCP's ranks are financial resources,
# level of involvement, balance of power; ordering findings by their
# sentence used to show balance of power (rank 3) instead of rank 2.
. "$E2E_LIB"
"$SYN" demo >/dev/null
for L in en fr; do
  expect_status 0 "$SYN" report --all --lang "$L" --out "$T/$L.html"
  for P in CHRP PCCP; do
    want=$(LANGUAGE=$L "$SYN" --format json diagnose "$P" | python3 -c '
import json, sys, html
a = [f for f in json.load(sys.stdin) if f["kind"] == "levers" and "rank" in f["figures"]]
a.sort(key=lambda f: f["figures"]["rank"])
for f in a[:2]:
    z = f["detail"]
    print(html.escape(z[:z.index(" (lev")], quote=True).replace("&#x27;", "&#39;"))')
    [ "$(printf '%s\n' "$want" | wc -l)" = 2 ] || fail "$P should have two ranked levers in $L: $want"
    got=$(awk -v id="id=\"brief-$P\"" 'index($0, id){on=1} on && /<\/article>/{exit} on' "$T/$L.html" \
          | sed -n '/<ul class="brief-actions">/,/<\/ul>/p' | grep -o '<li><strong>[^<]*</strong>' | sed 's/<li><strong>//; s/<\/strong>//')
    expect_eq "$P levers in $L, ranks 1 and 2" "$want" "$got"
  done
done
# The same levers in both languages: PCCP's rank 2 is level of involvement.
expect_contains "PCCP rank 2 (en)" "<li><strong>Act on level of involvement</strong>" "$(awk '/id="brief-PCCP"/{on=1} on && /<\/article>/{exit} on' "$T/en.html")"
