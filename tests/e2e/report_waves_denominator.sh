# report_waves_denominator.sh: the methods table of waves and the workbook's
# sheet waves state the response rate's denominator, the members present
# when the wave opened, as the briefing does ("15 answer sets from the 16
# members present when wave followup2 opened (94%)"), instead of a column
# "Invited" of 0 for waves answered on paper; a column of invitation tokens
# appears only once tokens were issued for a wave of the report.
. "$E2E_LIB"
export SYNERGIST_TODAY=2026-12-06
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --all --out "$T/r.html" --xlsx "$T/r.xlsx"
waves=$(sed -n '/<h3>Waves and response<\/h3>/,/<\/table>/p' "$T/r.html")
expect_contains "members present heading" '<th scope="col" class="num">Members present</th>' "$waves"
expect_not_contains "no Invited column" '>Invited<' "$waves"
expect_not_contains "no tokens column before any was issued" 'Invitation tokens' "$waves"
# The briefing's figures of each partnership's last wave, in the table.
for P in PCCP CHRP; do
  sure=$(awk -v p="id=\"brief-$P\"" 'index($0, p){on=1} on && /brief-sure/{print; exit}' "$T/r.html")
  read -r nResp nElig wave pct <<<"$(printf '%s\n' "$sure" | sed -n 's/.*> \([0-9]*\) answer sets from the \([0-9]*\) members present when wave \([a-z0-9]*\) opened (\([0-9]*%\)).*/\1 \2 \3 \4/p')"
  [ -n "$pct" ] || fail "$P: no response rate in the briefing: $sure"
  expect_contains "$P $wave as in the briefing" "<tr><th scope=\"row\">$P</th><td>$wave</td><td>2017-06-01</td><td>2017-06-30</td><td class=\"num\">$nElig</td><td class=\"num\">$nResp</td><td>$pct</td></tr>" "$waves"
done
# PCCP's followup2: 15 answer sets, 16 members present on 2017-06-01 (the
# demo's roster): 15/16 = 0.9375 (the page rounds it to 94%).
python3 - "$T/r.xlsx" <<'PY'
import sys
sys.path.insert(0, __import__("os").environ["SOURCE_DIR"] + "/tests/e2e")
import xlsx_sheets
rows = xlsx_sheets.read(sys.argv[1])["waves"]
assert list(rows[0]) == ["partnership", "wave", "opens", "closes", "members_present", "responses", "response_rate"], list(rows[0])
r = [x for x in rows if x["partnership"] == "PCCP" and x["wave"] == "followup2"][0]
assert (r["members_present"], r["responses"], r["response_rate"]) == (16.0, 15.0, 0.9375), r
PY
# Tokens issued for a web wave: the column appears, 0 for the paper waves.
"$SYN" wave add PCCP web --opens 2018-12-01 >/dev/null
"$SYN" token issue PCCP web >/dev/null
expect_status 0 "$SYN" report --all --out "$T/t.html" --xlsx "$T/t.xlsx"
waves=$(sed -n '/<h3>Waves and response<\/h3>/,/<\/table>/p' "$T/t.html")
expect_contains "tokens heading" '<th scope="col" class="num">Invitation tokens</th>' "$waves"
expect_contains "web wave: 13 tokens, no response yet" '<tr><th scope="row">PCCP</th><td>web</td><td>2018-12-01</td><td></td><td class="num">13</td><td class="num">0</td><td>0%</td><td class="num">13</td></tr>' "$waves"
python3 - "$T/t.xlsx" <<'PY'
import sys
sys.path.insert(0, __import__("os").environ["SOURCE_DIR"] + "/tests/e2e")
import xlsx_sheets
rows = xlsx_sheets.read(sys.argv[1])["waves"]
assert list(rows[0])[-1] == "tokens", list(rows[0])
PY
expect_status 0 "$SYN" report --all --out "$T/fr.html" --lang fr
expect_contains "French heading" '<th scope="col" class="num">Membres présents</th>' "$(cat "$T/fr.html")"
