# The timeline: context events, decisions and adaptations.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
expect_status 0 "$SYN" timeline import "$TESTDATA/roster/events.csv"
expect_contains "count" "3 timeline events imported" "$OUT"
expect_status 0 "$SYN" timeline add PCCP 2016-03-08 "Intervention adapted" --kind adaptation --how vote
expect_status 0 "$SYN" timeline list PCCP --format csv
expect_eq "timeline" 'id,partnership,date,end_date,kind,category,title,detail,how_made,communicated
1,PCCP,2015-04-01,,context,reform,Provincial reform,Agencies merged,,
2,PCCP,2015-06-16,,decision,,Rebuild the table,"New members invited, letters re-signed",consensus,letter
4,PCCP,2016-03-08,,adaptation,,Intervention adapted,,vote,' "$OUT"
expect_status 0 "$SYN" timeline list --kind context --format json
expect_contains "end date" '"end_date": "2016-11-15"' "$OUT"
expect_status 2 "$SYN" timeline add PCCP 2016-03-08 X --kind weather
expect_status 2 "$SYN" timeline add PCCP 2016-02-30 X
before=$(sqlite3 "$STUDY" .dump | md5sum)
f="$TESTDATA/roster/events_bad.csv"
expect_status 3 "$SYN" timeline import "$f"
expect_contains "bad kind" "$f:2:3: kind 'weather' must be context, decision or adaptation" "$ERR"
expect_contains "empty date" "$f:3:2: date is empty" "$ERR"
expect_contains "empty title" "$f:3:4: title is empty" "$ERR"
expect_eq "unchanged" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
expect_status 0 "$SYN" timeline remove 4
expect_status 1 "$SYN" timeline remove 4
echo "timeline: ok"
