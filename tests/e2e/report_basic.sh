# report_basic.sh: `synergist report` on a small study made with the roster
# commands: the HTML page is self-contained (no script, no external URL),
# has every section by id, escapes what users typed, never prints real
# names, switches to French, marks missing data; the workbook has one sheet
# per roster table; bad command lines fail with the documented exit codes.
. "$E2E_LIB"
S="$SYN"
$S init >/dev/null
$S partnership add PCCP --name 'Primary <Care> & "Connection"' >/dev/null
$S partnership add CHRP --name "Community Health Resources" >/dev/null
$S member add PCCP 011 --organisation "North Health" --group "decision maker" --joined 2014-01-01 --name "Realname Secret" >/dev/null
$S member add PCCP 012 --organisation "North Health" --group clinician --joined 2015-01-01 --left 2016-01-01 >/dev/null
$S member add CHRP 021 --organisation "East Clinic" --group "patient partner" --joined 2014-06-01 >/dev/null
$S meeting add PCCP 2015-03-01 --attendees "011;012" >/dev/null
$S meeting add PCCP 2015-12-01 --attendees "011" >/dev/null
$S timeline add PCCP 2015-04-01 "Provincial reform" --kind context --category reform >/dev/null

expect_status 0 $S report --all --out "$T/r.html"
expect_contains "confirmation" "report written" "$OUT"
H=$(cat "$T/r.html")
expect_contains "doctype" "<!DOCTYPE html>" "$H"
expect_contains "lang" '<html lang="en">' "$H"
for id in model partnerships scores profile benefits membership findings qualitative methods; do
  expect_contains "section $id" "<section class=\"report-section\" id=\"$id\"" "$H"
done
expect_contains "escaped name" 'Primary &lt;Care&gt; &amp; &quot;Connection&quot;' "$H"
expect_not_contains "raw name" 'Primary <Care>' "$H"
expect_not_contains "real name" "Realname" "$H"
expect_not_contains "script" "<script" "$H"
# The only URL is the SVG namespace: nothing is fetched.
urls=$(grep -o 'https\?://[^" ]*' "$T/r.html" | sort -u)
expect_eq "urls" "http://www.w3.org/2000/svg" "$urls"
expect_contains "no-data note" "No data yet." "$H"
expect_contains "timeline event" "Provincial reform" "$H"
expect_contains "charts" 'role="img"' "$H"
expect_contains "column header scope" '<th scope="col"' "$H"
expect_contains "print stylesheet" "@media print" "$H"
expect_contains "timeline in table" "<td>reform</td><td>Provincial reform</td>" "$H"

# One partnership only.
expect_status 0 $S report CHRP --out "$T/c.html"
C=$(cat "$T/c.html")
expect_contains "CHRP in cover" "Community Health Resources (CHRP)" "$C"
expect_not_contains "PCCP left out" "Primary &lt;Care" "$C"

# French.
expect_status 0 $S report --all --out "$T/f.html" --lang fr
F=$(cat "$T/f.html")
expect_contains "lang fr" '<html lang="fr">' "$F"
expect_contains "French heading" "Dynamique des membres et présence" "$F"
expect_contains "French no-data" "Pas encore de données." "$F"
expect_not_contains "no English heading" "Membership dynamics and attendance" "$F"

# Workbook: one sheet per roster table, pseudonymous.
expect_status 0 $S report --all --xlsx "$T/t.xlsx"
wb=$(unzip -p "$T/t.xlsx" xl/workbook.xml)
for sheet in partnerships members meetings timeline membership_years attendance_groups meeting_gaps waves; do
  expect_contains "sheet $sheet" "name=\"$sheet\"" "$wb"
done
strings=$(unzip -p "$T/t.xlsx" 'xl/worksheets/*.xml' 'xl/sharedStrings.xml' 2>/dev/null || true)
expect_contains "pid in workbook" ">011<" "$strings"
expect_contains "organisation in workbook" "North Health" "$strings"
expect_not_contains "real name in workbook" "Realname" "$strings"

# Errors.
expect_status 2 $S report
expect_contains "needs output" "--out" "$ERR"
expect_status 2 $S report --out "$T/x.html" --lang de
expect_status 1 $S report NOPE --out "$T/x.html"
expect_contains "unknown partnership" "NOPE" "$ERR"
expect_status 2 $S report --out "$T/x.html" --bogus
expect_status 1 $S report --out "$T/no/such/dir/x.html"
exit 0
