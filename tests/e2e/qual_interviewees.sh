# describe --interviewees: the sample table restricted to members linked to
# interview sources, with interview_language. Hand count: PCCP has 3
# members, 2 interviewed (one clinician, one decision maker, both in French);
# CHRP has 1 member interviewed in English; the field notes link nobody.
. "$E2E_LIB"
D="$TESTDATA/qual"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" member add PCCP 011 --group clinician >/dev/null
"$SYN" member add PCCP 012 --group "decision maker" >/dev/null
"$SYN" member add PCCP 013 --group clinician >/dev/null
"$SYN" member add CHRP 021 --group clinician >/dev/null
"$SYN" source import "$D/notes_pccp_2017-10.md" --partnership PCCP --kind interview --participant 011 --language fr --name i011 >/dev/null
"$SYN" source import "$D/notes_pccp_2017-10.md" --partnership PCCP --kind interview --participant 012 --language fr --name i012 >/dev/null
"$SYN" source import "$D/notes_pccp_2017-10.md" --partnership PCCP --kind fieldnotes --name n1 >/dev/null
"$SYN" source import "$D/int_chrp_021.txt" --partnership CHRP --kind interview --participant 021 >/dev/null
expect_status 0 "$SYN" describe --interviewees stakeholder_group interview_language --format csv
expect_contains "PCCP clinicians: 1 of 2 interviewed" "stakeholder_group,clinician,PCCP,1,2,50" "$OUT"
expect_contains "PCCP decision maker" "stakeholder_group,decision maker,PCCP,1,2,50" "$OUT"
expect_contains "all clinicians: 2 of 3" "stakeholder_group,clinician,all,2,3,67" "$OUT"
expect_contains "French interviews" "interview_language,fr,PCCP,2,2,100" "$OUT"
expect_contains "English interview" "interview_language,en,CHRP,1,1,100" "$OUT"
expect_status 1 "$SYN" describe interview_language
echo "qual_interviewees: ok"
