# Corrections to the roster: sectors, organisation edit and remove, member
# remove, attendance add, meeting remove; each refusal says why and changes
# nothing.
. "$E2E_LIB"
"$SYN" init >/dev/null
expect_status 0 "$SYN" sector list --format csv
expect_eq "built-in sectors" 'sector,organisations
academic,0
government,0
health system,0
industry,0
nonprofit,0' "$OUT"
expect_status 0 "$SYN" sector add philanthropy
expect_status 1 "$SYN" sector add philanthropy
expect_contains "sector twice" "sector 'philanthropy' already exists" "$ERR"
"$SYN" organisation add "North Health" --sector "health system" >/dev/null
"$SYN" organisation add "Old Name Inc" --sector philanthropy >/dev/null
expect_status 0 "$SYN" organisation edit "North Health" --name "North Health Network" --sector academic
before=$(sqlite3 "$STUDY" .dump | md5sum)
expect_status 1 "$SYN" organisation edit "Nope" --sector academic
expect_contains "unknown organisation" "no organisation 'Nope'" "$ERR"
expect_status 1 "$SYN" organisation edit "North Health Network" --sector nosuch
expect_contains "unknown sector" "unknown sector 'nosuch'" "$ERR"
expect_eq "refused edits change nothing" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
"$SYN" partnership add PCCP --name P >/dev/null
for m in 011:"North Health Network" 012:"Old Name Inc" 013:"North Health Network"; do
  "$SYN" member add PCCP "${m%%:*}" --organisation "${m#*:}" --joined 2014-01-01 >/dev/null
done
expect_status 0 "$SYN" organisation list --format csv
expect_eq "renamed, new sector" 'organisation,sector,members,partnerships
North Health Network,academic,2,1
Old Name Inc,philanthropy,1,1' "$OUT"
# An organisation with members stays; once its member is removed it can go.
expect_status 1 "$SYN" organisation remove "Old Name Inc"
expect_contains "still has members" "organisation 'Old Name Inc' still has members" "$ERR"
expect_status 0 "$SYN" member remove PCCP 012
expect_status 1 "$SYN" member remove PCCP 012
expect_contains "member gone" "no member '012' in partnership PCCP" "$ERR"
expect_status 0 "$SYN" organisation remove "Old Name Inc"
expect_status 0 "$SYN" sector list --format csv
expect_contains "sector counts" 'academic,1' "$OUT"
expect_contains "sector kept" 'philanthropy,0' "$OUT"
expect_status 0 "$SYN" member list --format csv
expect_eq "members left" 'id,partnership,organisation,sector,stakeholder_group,joined,left
011,PCCP,North Health Network,academic,,2014-01-01,
013,PCCP,North Health Network,academic,,2014-01-01,' "$OUT"
# Attendance added to a meeting recorded without it; a stranger is refused.
"$SYN" meeting add PCCP 2015-01-10 --attendees 011 >/dev/null
"$SYN" meeting add PCCP 2015-02-10 >/dev/null
expect_status 0 "$SYN" attendance add 2 011 013
expect_contains "attendees added" "2 attendees recorded for meeting 2" "$OUT"
before=$(sqlite3 "$STUDY" .dump | md5sum)
expect_status 1 "$SYN" attendance add 2 013 099
expect_contains "stranger" "no member '099'" "$ERR"
expect_eq "refused attendance changes nothing" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
expect_status 0 "$SYN" attendance list 2 --format csv
expect_eq "attendance" 'member,stakeholder_group
011,
013,' "$OUT"
expect_status 0 "$SYN" meeting remove 1
expect_status 1 "$SYN" meeting remove 1
expect_contains "meeting gone" "no meeting 1" "$ERR"
expect_status 0 "$SYN" meeting list --format csv
expect_eq "one meeting left" 'id,partnership,date,kind,duration,title,attended
2,PCCP,2015-02-10,meeting,,,2' "$OUT"
expect_eq "its attendance gone too" "0" "$(sqlite3 "$STUDY" 'SELECT count(*) FROM attendance WHERE meeting_id=1')"
echo "roster_edit: ok"
