# Meetings and attendance: import, add, list; a bad file changes nothing.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" member import "$TESTDATA/roster/members.csv" >/dev/null
expect_status 0 "$SYN" meeting import "$TESTDATA/roster/meetings.csv"
expect_contains "count" "4 meetings imported" "$OUT"
expect_status 0 "$SYN" meeting list PCCP --format csv
expect_eq "meetings" 'id,partnership,date,kind,duration,title,attended
1,PCCP,2015-01-10,partnership table,120,Kick-off,2
2,PCCP,2015-03-10,partnership table,90,,1
3,PCCP,2016-12-10,partnership table,,,2' "$OUT"
expect_status 0 "$SYN" meeting add CHRP 2014-03-01 --duration 60 --attendees 011
expect_status 1 "$SYN" meeting add CHRP 2014-04-01 --attendees 099
expect_contains "unknown attendee" "no member '099'" "$ERR"
expect_status 0 "$SYN" meeting list CHRP --format csv
expect_eq "failed add rolled back" "3" "$(echo "$OUT" | wc -l)"
expect_status 0 "$SYN" attendance list 3 --format csv
expect_eq "attendance" 'member,stakeholder_group
011,decision maker
013,clinician' "$OUT"
# Adding an attendee already recorded counts nothing and says so.
expect_status 0 "$SYN" attendance add 3 011
expect_eq "already recorded" "0 attendees recorded for meeting 3 (already recorded: 011)" "$OUT"
expect_status 0 "$SYN" attendance add 3 012 013
expect_eq "one new of two" "1 attendee recorded for meeting 3 (already recorded: 013)" "$OUT"
expect_status 0 "$SYN" attendance list 3 --format csv
expect_eq "attendance after adding" 'member,stakeholder_group
011,decision maker
012,academic researcher
013,clinician' "$OUT"
# A removed meeting is not found (exit 1), for listing as for adding.
expect_status 0 "$SYN" meeting remove 2
expect_status 1 "$SYN" attendance list 2
expect_contains "removed meeting" "no meeting 2" "$ERR"
expect_eq "nothing printed" "" "$OUT"
expect_status 1 "$SYN" attendance add 2 011
before=$(sqlite3 "$STUDY" .dump | md5sum)
f="$TESTDATA/roster/meetings_bad.csv"
expect_status 3 "$SYN" meeting import "$f"
expect_contains "bad date" "$f:2:2: date '2015-13-10' is not a real date" "$ERR"
expect_contains "bad duration" "$f:3:4: duration '-5'" "$ERR"
expect_contains "unknown attendee" "$f:3:6: attendee '099' is not a member of PCCP" "$ERR"
expect_contains "unknown partnership" "$f:4:1: unknown partnership 'NOPE'" "$ERR"
expect_eq "unchanged" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
echo "meetings: ok"
