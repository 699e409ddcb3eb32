# Re-importing an instrument: refused without --replace, replaced in place
# with it, refused once the instrument has answers.
. "$E2E_LIB"
D="$TESTDATA/survey"
"$SYN" init >/dev/null
expect_status 0 "$SYN" instrument import "$D/agree.json"
expect_status 1 "$SYN" instrument import "$D/agree.json"
expect_contains "exists" "already exists (use --replace" "$ERR"
id=$(sqlite3 "$STUDY" "SELECT id FROM instrument WHERE code='agree'")
expect_status 0 "$SYN" instrument import "$D/agree.json" --replace
expect_eq "replaced in place" "$id" "$(sqlite3 "$STUDY" "SELECT id FROM instrument WHERE code='agree'")"
expect_eq "one row" "1" "$(sqlite3 "$STUDY" "SELECT count(*) FROM instrument WHERE code='agree'")"
for p in C2 C4 C6 C14 M F; do "$SYN" partnership add $p --name "Case $p" >/dev/null; "$SYN" wave add $p w1 >/dev/null; done
expect_status 0 "$SYN" response import "$D/agree_answers.csv" --instrument agree
expect_status 1 "$SYN" instrument import "$D/agree.json" --replace
expect_contains "answered" "has answers and cannot change" "$ERR"
echo "instrument_replace: ok"
