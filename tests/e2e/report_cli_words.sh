# report_cli_words.sh: what `report` says around the page: its confirmation
# lines in the report's language (report --lang fr), its help (exit codes,
# long tables folded in the page rather than left out, the sheets
# --programme --xlsx writes), and make demo's French page linking to a
# workbook written beside it, as the English one does.
. "$E2E_LIB"
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --all --out "$T/fr.html" --xlsx "$T/fr.xlsx" --lang fr
expect_contains "French confirmation" "rapport écrit : $T/fr.html" "$OUT"
expect_contains "French workbook confirmation" "classeur écrit : $T/fr.xlsx" "$OUT"
expect_not_contains "no English confirmation" "written" "$OUT"
expect_status 0 "$SYN" report --all --out "$T/en.html" --lang en
expect_contains "English confirmation" "report written: $T/en.html" "$OUT"

expect_status 0 "$SYN" help report
expect_contains "help: exit codes" "Exit codes: 0 written; 1 unknown partnership" "$OUT"
expect_contains "help: long tables folded" "are folded in the" "$OUT"
expect_not_contains "help: tables not said to be left out" "left to the" "$OUT"
expect_contains "help: programme sheets" "and sectors, and findings and evidence" "$OUT"
expect_status 0 "$SYN" report --programme --out "$T/p.html" --xlsx "$T/p.xlsx"
wb=$(unzip -p "$T/p.xlsx" xl/workbook.xml)
for s in portfolio sectors findings evidence; do expect_contains "programme sheet $s" "name=\"$s\"" "$wb"; done

# make demo: the French report is written with a workbook of its own, so
# its page links to it.
line=$(grep 'report-fr.html' "$SOURCE_DIR/Makefile" | grep -- '--lang fr')
expect_contains "make demo writes a French workbook" "--xlsx demo/report-fr.xlsx" "$line"
expect_contains "French page links its workbook" 'href="fr.xlsx"' "$(cat "$T/fr.html")"
