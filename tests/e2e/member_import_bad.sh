# A roster with many problems: every one is listed with FILE:LINE:FIELD,
# the exit status is 3 and the study is exactly as it was.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" member add PCCP 011 >/dev/null
before=$(sqlite3 "$STUDY" .dump | md5sum)
f="$TESTDATA/roster/members_bad.csv"
expect_status 3 "$SYN" member import "$f"
expect_contains "impossible date" "$f:2:5: joined '2014-02-30' is not a real date" "$ERR"
expect_contains "duplicate id" "$f:3:1: id '013' in PCCP is used twice: lines 2, 3" "$ERR"
expect_contains "left before joined" "$f:3:6: left 2013-01-01 is before joined 2014-01-01" "$ERR"
expect_contains "unknown partnership" "$f:4:2: unknown partnership 'NOPE'" "$ERR"
expect_contains "ragged row" "$f:5:3: this row has 3 fields; the header has 6" "$ERR"
expect_contains "empty id" "$f:5:1: id is empty" "$ERR"
expect_contains "existing member" "$f:6:1: member '011' already exists in PCCP" "$ERR"
expect_contains "not UTF-8" "$f:7:3: not valid UTF-8" "$ERR"
expect_contains "summary" "8 problems found; nothing was changed" "$ERR"
# Problems come in file order.
first=$(sed -n 1p <<<"$ERR")
expect_contains "sorted" ":2:5:" "$first"
expect_eq "study unchanged" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
expect_status 3 "$SYN" member import "$TESTDATA/roster/members_nocol.csv"
expect_contains "missing required column" "members_nocol.csv:1: missing required column 'id'" "$ERR"
expect_status 3 "$SYN" member import "$T/absent.csv"
expect_contains "missing file" "cannot open" "$ERR"
printf 'id,partnership\n"011,PCCP\n' > "$T/quote.csv"
expect_status 3 "$SYN" member import "$T/quote.csv"
expect_contains "unclosed quote" "quote.csv:2" "$ERR"
expect_eq "study still unchanged" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
echo "member_import_bad: ok"
