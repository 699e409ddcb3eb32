#!/usr/bin/env bash
# report_portfolio_workbook: the workbook's portfolio sheet words each
# partnership's trend as the programme overview does ("→ about the same
# (-0.03)", "↑ up 1.02: a clear rise": the arrow and phrase of trend_short(),
# decided by portfolio_trend()), in the report's language, and keeps the
# signed change of synergy as a number in its own column, the same change
# the words give to two decimals. Demo programme, English and French.
. "$E2E_LIB"
export SYNERGIST_TODAY=2026-12-06
"$SYN" demo >/dev/null
for lang in en fr; do
  expect_status 0 "$SYN" report --programme --lang $lang --out "$T/p-$lang.html" --xlsx "$T/p-$lang.xlsx"
  python3 - "$T/p-$lang.html" "$T/p-$lang.xlsx" "$SOURCE_DIR/tests/e2e" $lang <<'PY' || fail "$lang: portfolio sheet and page differ"
import html, re, sys
sys.path.insert(0, sys.argv[3]); import xlsx_sheets
page, lang = open(sys.argv[1]).read(), sys.argv[4]
i = page.find('<caption>'); i = page.find("<tbody>", page.find("<caption>", page.find('id="programme"')))
rows = re.findall(r'<tr><th scope="row">([^<]*)(?:<br><span class="part-name">[^<]*</span>)?</th>((?:<td[^>]*>[^<]*</td>)*)</tr>', page[i:page.find("</table>", i)])
words = {html.unescape(p): html.unescape(re.findall(r"<td[^>]*>([^<]*)</td>", tds)[3]) for p, tds in rows}
sheet = {r["partnership"]: r for r in xlsx_sheets.read(sys.argv[2])["portfolio"]}
assert words and set(words) == set(sheet), (words, list(sheet))
for p, w in words.items():
    r = sheet[p]
    assert r["trend"] == w, f"{p}: workbook {r['trend']!r}, page {w!r}"
    assert isinstance(r["change"], float), f"{p}: change {r['change']!r} is not a number"
    num = re.search(r"[-+]?\d+[.,]\d\d", w).group(0).replace(",", ".")
    assert abs(abs(float(num)) - abs(round(r["change"], 2))) < 1e-9, f"{p}: {w!r} against change {r['change']}"
    print(lang, p, repr(w), r["change"])
PY
done
echo ok
