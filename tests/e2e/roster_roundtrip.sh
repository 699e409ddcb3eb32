# Partnership and organisation imports, and the meeting export that
# meeting import reads back identically; bad files change nothing.
. "$E2E_LIB"
"$SYN" init >/dev/null
expect_status 0 "$SYN" partnership import "$TESTDATA/roster/partnerships.csv"
expect_contains "count" "2 partnerships imported" "$OUT"
expect_status 0 "$SYN" organisation import "$TESTDATA/roster/organisations.csv"
expect_status 0 "$SYN" organisation list --format csv
expect_contains "sector kept" "Lakeshore University,academic,0,0" "$OUT"
expect_contains "no sector" "Neighbours Together,,0,0" "$OUT"
before=$(sqlite3 "$STUDY" .dump | md5sum)
f="$TESTDATA/roster/partnerships_bad.csv"
expect_status 3 "$SYN" partnership import "$f"
expect_contains "exists" "$f:2:1: partnership 'PCCP' already exists" "$ERR"
expect_contains "empty name" "$f:3:2: name is empty" "$ERR"
expect_contains "duplicate" "$f:4:1: partnership code 'XX' is used twice: lines 3, 4" "$ERR"
f="$TESTDATA/roster/organisations_bad.csv"
expect_status 3 "$SYN" organisation import "$f"
expect_contains "exists" "$f:2:1: organisation 'North Network' already exists" "$ERR"
expect_contains "sector" "$f:2:2: unknown sector 'space agency'" "$ERR"
expect_contains "empty" "$f:3:1: organisation is empty" "$ERR"
expect_eq "unchanged" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
"$SYN" member import "$TESTDATA/roster/members.csv" >/dev/null
"$SYN" meeting import "$TESTDATA/roster/meetings.csv" >/dev/null
expect_status 0 "$SYN" meeting export
expect_eq "export" 'partnership,date,kind,duration,title,attendees
CHRP,2014-01-15,steering committee,60,,011
PCCP,2015-01-10,partnership table,120,Kick-off,011;012
PCCP,2015-03-10,partnership table,90,,011
PCCP,2016-12-10,partnership table,,,011;013' "$OUT"
echo "$OUT" > "$T/meetings.csv"
"$SYN" partnership list --format csv > "$T/p.csv"
export SYNERGIST_STUDY="$T/copy.db"
"$SYN" init >/dev/null
expect_status 0 "$SYN" partnership import "$T/p.csv"
"$SYN" member import "$TESTDATA/roster/members.csv" >/dev/null
expect_status 0 "$SYN" meeting import "$T/meetings.csv"
expect_status 0 "$SYN" meeting export
expect_eq "round trip" "$(cat "$T/meetings.csv")" "$OUT"
echo "roster_roundtrip: ok"
