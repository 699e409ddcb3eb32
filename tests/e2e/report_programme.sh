# report_programme.sh: `synergist report --programme` on the demo programme:
# one section (the overview), the synergy-by-wave chart, the struggling
# partnerships with their most severe open finding (the same sentence
# `diagnose` writes for it), the portfolio in the order of `portfolio`, the
# workbook's sheets, French, and the exit code when a partnership is named.
. "$E2E_LIB"
export SYNERGIST_TODAY=2026-12-06
"$SYN" demo >/dev/null

expect_status 0 "$SYN" report --programme --out "$T/p.html" --xlsx "$T/p.xlsx"
page=$(cat "$T/p.html")
expect_contains "overview section" 'id="programme"' "$page"
expect_not_contains "no partnership sections" 'id="membership"' "$page"
expect_contains "distribution chart" 'Synergy across partnerships by wave' "$page"
expect_contains "chart is an image" 'role="img"' "$page"

# Struggling partnerships: each with the detail of its most severe open
# finding, as diagnose --format csv gives it (first open concern in its order).
# The demo's records end in 2018, so no meeting gap runs to 2026: PCCP, whose
# synergy recovered, has no open concern and is not among them.
expect_not_contains "PCCP not struggling" "<li><strong>PCCP</strong>" "$page"
for P in CHRP; do
  expect_status 0 "$SYN" --format json diagnose "$P"
  detail=$(printf '%s\n' "$OUT" | python3 -c '
import json, sys
d = json.load(sys.stdin)
f = [x for x in (d["findings"] if isinstance(d, dict) else d) if x["open"]]
rank = {"concern": 2, "warning": 1, "info": 0}
best = None
for x in f:
    if best is None or rank[x["severity"]] > rank[best["severity"]]: best = x
print(best["detail"].replace("&", "&amp;").replace("'"'"'", "&#39;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"))')
  expect_contains "$P main finding" "<li><strong>$P</strong>: $detail</li>" "$page"
done

# The portfolio table lists the partnerships in the order of `portfolio`.
expect_status 0 "$SYN" --format csv portfolio --table partnerships
order=$(printf '%s\n' "$OUT" | sed 1d | cut -d, -f1 | tr '\n' ' ')
got=$(printf '%s\n' "$page" | sed -n '/Programme portfolio/,/<\/table>/p' | grep -o '<th scope="row">[A-Z]*' | sed 's/.*>//' | tr '\n' ' ')
expect_eq "portfolio order" "$order" "$got"

wb=$(unzip -p "$T/p.xlsx" xl/workbook.xml)
expect_contains "portfolio sheet" 'name="portfolio"' "$wb"
expect_contains "sectors sheet" 'name="sectors"' "$wb"

expect_status 0 "$SYN" report --programme --out "$T/fr.html" --lang fr
fr=$(cat "$T/fr.html")
expect_contains "French page" 'lang="fr"' "$fr"
expect_contains "French title" "Vue d&#39;ensemble du programme" "$fr"

expect_status 2 "$SYN" report --programme PCCP --out "$T/x.html"
