# report_portfolio_sector_names.sh: the portfolio's "sectors" names the
# sectors present everywhere: in the programme overview's Sectors column, in
# the workbook's sheet portfolio and in portfolio --format csv (not a count
# in one place and names in another); the count of the 2024 study's three
# sectors (nonprofit, industry, government) has its own column,
# reference_sector_count. Demo: both partnerships' current members come
# from nonprofit, government, academic and health system organisations
# (data/demo), so two of the three.
. "$E2E_LIB"
export SYNERGIST_TODAY=2026-12-06
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --programme --out "$T/p.html" --xlsx "$T/p.xlsx"
port=$(sed -n '/Programme portfolio/,/<\/table>/p' "$T/p.html")
for P in PCCP CHRP; do
  expect_contains "$P sectors named on the page" "<td>nonprofit, government, academic, health system</td></tr>" "$(printf '%s\n' "$port" | grep "$P")"
done
python3 - "$T/p.xlsx" <<'PY'
import os, sys
sys.path.insert(0, os.environ["SOURCE_DIR"] + "/tests/e2e")
import xlsx_sheets
for r in xlsx_sheets.read(sys.argv[1])["portfolio"]:
    assert r["sectors"] == "nonprofit, government, academic, health system", r
    assert r["reference_sector_count"] == 2.0, r
PY
expect_status 0 "$SYN" --format csv portfolio --table partnerships
expect_contains "CSV names and count" ',"nonprofit, government, academic, health system",2' "$OUT"
