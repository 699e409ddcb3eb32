# report_programme.sh: `synergist report --programme` on the demo programme:
# one section (the overview), the synergy-by-wave chart, the struggling
# partnerships with their most severe open finding (in plain words, the
# sentence `diagnose` writes for it without its rule, which is folded), the
# portfolio in the order of `portfolio` with its trends in the briefing's
# words, the workbook's sheets, French tables, and the exit code when a
# partnership is named.
. "$E2E_LIB"
export SYNERGIST_TODAY=2026-12-06
"$SYN" demo >/dev/null

expect_status 0 "$SYN" report --programme --out "$T/p.html" --xlsx "$T/p.xlsx"
page=$(cat "$T/p.html")
expect_contains "overview section" 'id="programme"' "$page"
expect_not_contains "no partnership sections" 'id="membership"' "$page"
expect_contains "distribution chart" 'Synergy across partnerships by wave' "$page"
expect_contains "chart is an image" 'role="img"' "$page"

# Struggling partnerships: each with its most severe open finding as
# diagnose --format json gives it (first open concern in its order), told as
# the briefing tells findings: the kind's plain title and the first sentence
# of the detail without its rule; the rule only inside the folded <details>.
# The demo's records end in 2018, so no meeting gap runs to 2026: PCCP, whose
# synergy recovered, has no open concern and is not among them.
expect_not_contains "PCCP not struggling" "<strong>PCCP</strong>" "$(printf '%s\n' "$page" | sed -n '/<ul class="struggling">/,/<table>/p')"
for P in CHRP; do
  expect_status 0 "$SYN" --format json diagnose "$P"
  main=$(printf '%s\n' "$OUT" | python3 -c '
import json, sys
d = json.load(sys.stdin)
f = [x for x in (d["findings"] if isinstance(d, dict) else d) if x["open"]]
rank = {"concern": 2, "warning": 1, "info": 0}
best = None
for x in f:
    if best is None or rank[x["severity"]] > rank[best["severity"]]: best = x
z = best["detail"]
# the detail up to the parentheses (or the "; ") where its rule is named
i = z.find("rule " + best["kind"])
if i >= 0:
    j = max(z.rfind("(", 0, i), z.rfind("; ", 0, i))
    z = z[:j].rstrip()
k = z.find(". ")
if k >= 0: z = z[:k+1]
esc = z.replace("&", "&amp;").replace("\x27", "&#39;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
print(best["kind"] + "\t" + best["severity"] + "\t" + esc)')
  kind=${main%%$'\t'*}; rest=${main#*$'\t'}; sev=${rest%%$'\t'*}; sentence=${rest#*$'\t'}
  li=$(printf '%s\n' "$page" | awk -v p="<strong>$P</strong>" 'index($0, p){on=1} on' | sed '/<details>/,$d')
  expect_contains "$P main finding kind" "<li class=\"sev-$sev\" data-kind=\"$kind\"><strong>$P</strong>: <span class=\"finding-title\">" "$li"
  expect_contains "$P main finding in plain words" "$sentence" "$li"
  expect_not_contains "$P no rule outside the details" "rule " "$li"
  expect_contains "$P rule folded" '<p class="rule">Rule: ' "$(printf '%s\n' "$page" | awk -v p="<strong>$P</strong>" 'index($0, p){on=1} on && /<\/details>/{exit} on')"
done

# The portfolio table lists the partnerships in the order of `portfolio`.
expect_status 0 "$SYN" --format csv portfolio --table partnerships
order=$(printf '%s\n' "$OUT" | sed 1d | cut -d, -f1 | tr '\n' ' ')
got=$(printf '%s\n' "$page" | sed -n '/Programme portfolio/,/<\/table>/p' | grep -o '<th scope="row">[A-Z]*' | sed 's/.*>//' | tr '\n' ' ')
expect_eq "portfolio order" "$order" "$got"

wb=$(unzip -p "$T/p.xlsx" xl/workbook.xml)
expect_contains "portfolio sheet" 'name="portfolio"' "$wb"
expect_contains "sectors sheet" 'name="sectors"' "$wb"

# The portfolio table in words: headings, bands and trends, no machine text.
port=$(printf '%s\n' "$page" | sed -n '/Programme portfolio/,/<\/table>/p')
expect_contains "portfolio heading" '<th scope="col">Response rate</th>' "$port"
expect_not_contains "no machine heading" '>response_rate<' "$port"
expect_not_contains "no machine trend" 'CI excludes 0' "$port"

# The portfolio's trend and the briefing's say the same of each partnership
# (one rule: a clear rise or fall when the change's 95% CI excludes 0).
expect_status 0 "$SYN" report --all --out "$T/all.html"
words(){ { grep -o 'a clear rise\|a clear fall\|about the same' || true; } | head -1; }
for P in $(printf '%s\n' "$port" | grep -o '<th scope="row">[A-Z]*' | sed 's/.*>//'); do
  cell=$(printf '%s\n' "$port" | grep "<th scope=\"row\">$P<" | sed 's/<\/td>/\n/g' | sed -n 4p | words)
  brief=$(awk -v p="id=\"brief-$P\"" 'index($0, p){on=1} on && /brief-trend/{print; exit}' "$T/all.html" | words)
  [ -n "$brief" ] || fail "$P: no trend words in the briefing"
  expect_eq "$P trend as in the briefing" "$brief" "$cell"
done

expect_status 0 "$SYN" report --programme --out "$T/fr.html" --lang fr
fr=$(cat "$T/fr.html")
expect_contains "French page" 'lang="fr"' "$fr"
expect_contains "French title" "Vue d&#39;ensemble du programme" "$fr"
# French portfolio and sector mix: translated headings, bands, trends and
# yes/no, the trend's figure with a decimal comma; no English machine text.
frport=$(printf '%s\n' "$fr" | sed -n '/Portefeuille du programme/,/<\/table>/p')
expect_contains "French portfolio heading" '<th scope="col">Tendance</th>' "$frport"
expect_contains "French band" '<td>à travailler</td>' "$frport"
expect_contains "French sectors" '<td>sans but lucratif, gouvernement, universitaire, système de santé</td>' "$frport"
printf '%s\n' "$frport" | grep -q '<td>[^<]*\(à peu près pareil\|hausse nette\|baisse nette\)[^<]*[0-9],[0-9][0-9]' \
  || fail "French trend cell with a decimal comma: $frport"
for w in '>partnership<' '>trend<' '>work<' '>yes<' '>no<' 'nonprofit' 'up +' 'down -' 'CI excludes'; do
  expect_not_contains "no English in the French portfolio: $w" "$w" "$frport"
done
frsect=$(printf '%s\n' "$fr" | sed -n '/Composition sectorielle/,/<\/table>/p')
expect_contains "French sector heading" '<th scope="col" class="num">Pourcentage</th>' "$frsect"
expect_not_contains "no machine sector heading" 'reference_255' "$frsect"
expect_contains "French struggling finding" '<strong>CHRP</strong> : <span class="finding-title">' "$fr"

expect_status 2 "$SYN" report --programme PCCP --out "$T/x.html"
