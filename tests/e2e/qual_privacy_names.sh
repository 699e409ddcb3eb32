# Privacy, the name rule: a word of a member's real name alone ("Dr Okafor",
# "Rosalind", "OKAFOR") is replaced by the member's pseudonym, a word two
# members share ("Tremblay": 032 Rose Tremblay and 041 Paul Tremblay) by
# "[name]", in exact case only ("the rose bush" stays); memo texts and the
# audit trail are pseudonymised like source text; every name is listed by
# `redact term list` only with --names. Expected texts written by hand from
# tests/data/qual/privacy_names.txt and the rule in docs/qualitative.md.
. "$E2E_LIB"
D="$TESTDATA/qual"
"$SYN" init >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" member add CHRP 031 --name "Rosalind Okafor" >/dev/null
"$SYN" member add CHRP 032 --name "Rose Tremblay" >/dev/null
"$SYN" member add PCCP 041 --name "Paul Tremblay" >/dev/null
"$SYN" source import "$D/privacy_names.txt" --partnership CHRP --kind interview --participant 031 >/dev/null
"$SYN" code add governance >/dev/null
"$SYN" coder add ana >/dev/null
"$SYN" code apply --source privacy_names --code governance --coder ana \
  --quote "Dr Okafor chaired at first; Rosalind read everything" >/dev/null
"$SYN" code apply --source privacy_names --code governance --coder ana \
  --quote "Later Tremblay took over, and Rose kept the minutes." >/dev/null
"$SYN" memo add --source privacy_names --text "Okafor and Rose disagree; ask Rosalind Okafor." --by ana >/dev/null
"$SYN" matrix summarize CHRP governance --text "Okafor chaired, then Tremblay." --reason "Rosalind said so" >/dev/null

# no_names WHAT: $OUT holds no word of any real name in its written case.
no_names(){
  for w in Okafor OKAFOR Rosalind Tremblay "Rose " "Paul "; do
    expect_not_contains "$1: no '$w'" "$w" "$OUT"
  done
}

expect_status 0 "$SYN" source show privacy_names
expect_eq "source show: each word of a name alone, shared surname as [name], lower case kept" \
"Interviewer: Who chaired the steering group?
031: Dr [031] chaired at first; [031] read everything before we decided.
031: Later [name] took over, and [032] kept the minutes. [031] wrote the report.
031: [041] watered the rose bush by the clinic door." "$OUT"
expect_status 0 "$SYN" --names source show privacy_names --start 50 --end 59
expect_eq "--names: the text as it is" "Dr Okafor" "$OUT"

expect_status 0 "$SYN" memo list --format csv
expect_contains "memo list: pseudonymised" ",[031] and [032] disagree; ask [031]." "$OUT"
no_names "memo list"
expect_status 0 "$SYN" --names memo list --format csv
expect_contains "memo list --names: as written" "Okafor and Rose disagree; ask Rosalind Okafor." "$OUT"

expect_status 0 "$SYN" audit --format csv
expect_contains "audit: memo text pseudonymised" "[031] and [032] disagree; ask [031]." "$OUT"
expect_contains "audit: summary and reason pseudonymised" '"[031] chaired, then [name].",[031] said so' "$OUT"
no_names "audit"
expect_status 0 "$SYN" --names audit --format csv
expect_contains "audit --names: as written" '"Okafor chaired, then Tremblay.",Rosalind said so' "$OUT"

for cmd in "segment list --text --format csv" "search chaired OR minutes --format csv" \
           "matrix --quotes 3 --format csv" "synthesis --quotes 3" "synthesis --quotes 3 --format csv"; do
  # shellcheck disable=SC2086
  expect_status 0 "$SYN" $cmd
  no_names "$cmd"
done
expect_status 0 "$SYN" segment list --text --format csv
expect_contains "segment text" ',"Later [name] took over, and [032] kept the minutes."' "$OUT"

expect_status 0 "$SYN" report --all --out "$T/r.html" --xlsx "$T/r.xlsx"
OUT=$(cat "$T/r.html"; python3 -c 'import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist(): sys.stdout.write(z.read(n).decode("utf-8", "replace"))' "$T/r.xlsx")
no_names "report (HTML and xlsx)"
expect_contains "report: the summary pseudonymised" "[031] chaired, then [name]." "$OUT"

# The listing: names only with --names, a note says how many were left out.
expect_status 0 "$SYN" redact term list --format csv
expect_eq "term list without --names" "term,replacement,kind" "$OUT"
expect_contains "note counts the hidden terms" "13 terms from members' real names not listed" "$ERR"
expect_status 0 "$SYN" --names redact term list --format csv
expect_eq "term list with --names" "term,replacement,kind
Paul Tremblay,[041],name
Rosalind Okafor,[031],name
Rose Tremblay,[032],name
OKAFOR,[031],name part
Okafor,[031],name part
PAUL,[041],name part
Paul,[041],name part
ROSALIND,[031],name part
ROSE,[032],name part
Rosalind,[031],name part
Rose,[032],name part
TREMBLAY,[name],name part
Tremblay,[name],name part" "$OUT"
echo "qual_privacy_names: ok"
