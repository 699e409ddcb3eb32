# Suggestions from existing coding (naive Bayes): trained on one coder's
# paragraphs, it proposes the right code for the two uncoded paragraphs,
# reports cross-validated precision and recall, writes nothing with
# --dry-run, and suggestions stay pending until accepted.
# Paragraph ranges computed independently with Python (line offsets); the
# classifier's arithmetic is pinned by tests/unit/test_search_classify.c.
. "$E2E_LIB"
D="$TESTDATA/search"
"$SYN" init >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" source import "$D/learn_notes.txt" --partnership CHRP --kind fieldnotes >/dev/null
"$SYN" code add trust >/dev/null
"$SYN" code add money >/dev/null
"$SYN" coder add anna >/dev/null
"$SYN" coder add ben >/dev/null
for r in 0:49 50:94 190:241 289:335; do
  "$SYN" code apply --source learn_notes --code trust --coder anna --start ${r%:*} --end ${r#*:} >/dev/null
done
for r in 95:140 141:189 242:288 336:388; do
  "$SYN" code apply --source learn_notes --code money --coder anna --start ${r%:*} --end ${r#*:} >/dev/null
done

expect_status 0 "$SYN" autocode learn --coder anna --folds 2 --min-examples 2 --dry-run --format csv
expect_contains "report per code" "trust,4," "$OUT"
expect_contains "report per code" "money,4," "$OUT"
expect_eq "dry run suggests nothing" "0
0" "$(printf '%s\n' "$OUT" | sed -n '2,$p' | cut -d, -f5)"
expect_status 0 "$SYN" suggest list --format csv
expect_eq "dry run wrote nothing" 1 "$(printf '%s\n' "$OUT" | wc -l)"

expect_status 0 "$SYN" autocode learn --coder anna --folds 2 --min-examples 2 --format csv
expect_status 0 "$SYN" suggest list --origin classifier --format csv
expect_eq "uncoded paragraphs get the right code" 'learn_notes,trust,389,439
learn_notes,money,440,490' "$(printf '%s\n' "$OUT" | sed -n '2,$p' | cut -d, -f2,4,5,6)"
expect_status 0 "$SYN" autocode learn --coder anna --folds 2 --min-examples 5 --format csv
expect_eq "too few examples: no model, no numbers" 'trust,4,,,
money,4,,,' "$(printf '%s\n' "$OUT" | sed -n '2,$p')"

expect_status 1 "$SYN" autocode learn --coder nobody
expect_contains "unknown coder" "no coder 'nobody'" "$ERR"
expect_status 1 "$SYN" autocode learn --coder ben
expect_contains "nothing to learn from" "no coded segments" "$ERR"
