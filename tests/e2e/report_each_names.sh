# report_each_names.sh: report --each names partnerships, not only codes:
# every portfolio row of the overview links to the partnership's page and
# shows its name under the code (escaped), and every page's <title> names
# its partnership ("Name (CODE) — Partnership synergy report"), so browser
# tabs and bookmarks tell the pages apart. Partnership names are shown by
# default, as on the report's cover (members only ever by pseudonymous ids).
. "$E2E_LIB"
export SYNERGIST_TODAY=2026-12-06
"$SYN" demo >/dev/null
"$SYN" partnership add X1 --name 'Tom & Jerry <Care> "Hub"' >/dev/null
expect_status 0 "$SYN" report --each "$T/each"
idx=$(sed -n '/Programme portfolio/,/<\/table>/p' "$T/each/index.html")
expect_contains "PCCP row links its page, with its name" '<th scope="row"><a href="PCCP.html">PCCP</a><br><span class="part-name">Primary Care Connection Partnership</span></th>' "$idx"
expect_contains "CHRP row links its page, with its name" '<th scope="row"><a href="CHRP.html">CHRP</a><br><span class="part-name">Community Health Resources Partnership</span></th>' "$idx"
expect_contains "name escaped" '<a href="X1.html">X1</a><br><span class="part-name">Tom &amp; Jerry &lt;Care&gt; &quot;Hub&quot;</span>' "$idx"
expect_contains "PCCP page title" '<title>Primary Care Connection Partnership (PCCP) — Partnership synergy report</title>' "$(cat "$T/each/PCCP.html")"
expect_contains "CHRP page title" '<title>Community Health Resources Partnership (CHRP) — Partnership synergy report</title>' "$(cat "$T/each/CHRP.html")"
expect_contains "escaped title" '<title>Tom &amp; Jerry &lt;Care&gt; &quot;Hub&quot; (X1) — Partnership synergy report</title>' "$(cat "$T/each/X1.html")"
t1=$(grep -o '<title>[^<]*</title>' "$T/each/PCCP.html" | sed -n 1p); t2=$(grep -o '<title>[^<]*</title>' "$T/each/CHRP.html" | sed -n 1p)
[ "$t1" != "$t2" ] || fail "pages share a title: $t1"
# Without --each (no pages to link) the row shows the code and name, no link.
expect_status 0 "$SYN" report --programme --out "$T/p.html"
expect_contains "programme row with name" '<th scope="row">PCCP<br><span class="part-name">Primary Care Connection Partnership</span></th>' "$(cat "$T/p.html")"
