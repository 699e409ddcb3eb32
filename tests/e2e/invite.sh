# invite.sh: invitations and reminders through a local SMTP sink
# (python3-aiosmtpd, started here): who is mailed, in which language, with
# which link; nobody twice per step; reminders skip complete answer sets;
# e-mail addresses only with --names; study texts; a relay that is down.
. "$E2E_LIB"
PY=/usr/bin/python3
$PY -c 'import aiosmtpd' 2>/dev/null || { echo "skip: python3-aiosmtpd missing"; exit 0; }
"$SYN" init >/dev/null
"$SYN" partnership add P --name "Partenariat Pilote" >/dev/null
cat > "$T/roster.csv" <<'CSV'
id,partnership,organisation,stakeholder_group,joined,email,language
m1,P,,researcher,2018-01-01,ann@example.org,en
m2,P,,clinician,2018-01-01,bea@example.org,fr
m3,P,,patient partner,2018-01-01,,en
m4,P,,decision maker,2018-01-01,dan@example.org,
CSV
"$SYN" member import "$T/roster.csv" >/dev/null
"$SYN" wave add P web --opens 2018-12-01 --closes 2019-01-31 >/dev/null
"$SYN" token issue P web >/dev/null
tok(){ "$SYN" --raw token export P web --format csv | grep ",$1,P," | cut -d, -f1; }

# Addresses are personal data: only with --names.
expect_status 0 "$SYN" member list --attributes --format csv
expect_not_contains "no e-mail without --names" "ann@example.org" "$OUT"
expect_status 0 "$SYN" --names member list --attributes --format csv
expect_contains "e-mail with --names" "ann@example.org" "$OUT"
# describe tabulates an attribute's values: for email those are the
# addresses, so it is refused without --names (exit 2), as member list hides them.
expect_status 2 "$SYN" describe email
expect_contains "describe email refused" "attribute 'email' holds members' e-mail addresses" "$ERR"
expect_not_contains "no address in the refusal" "@example.org" "$OUT$ERR"
expect_status 2 "$SYN" describe stakeholder_group email --format csv
expect_status 0 "$SYN" --names describe email --format csv
expect_contains "describe email with --names" "email,ann@example.org,P,1,4,25" "$OUT"
expect_status 0 "$SYN" member show P m1
expect_not_contains "member show hides the address" "ann@example.org" "$OUT"
expect_status 0 "$SYN" invite P web --dry-run --base-url https://s.example.org --format csv
expect_eq "dry run" "member,language,step,result
m1,en,invitation,would send
m2,fr,invitation,would send
m3,en,invitation,no e-mail address
m4,en,invitation,would send" "$OUT"
expect_status 0 "$SYN" --names invite P web --dry-run --base-url https://s.example.org --format csv
expect_contains "address with --names" "m2,fr,invitation,would send,bea@example.org" "$OUT"
expect_eq "dry run records nothing" "" "$("$SYN" token export P web --format csv | tail -n +2 | cut -d, -f6 | tr -d '\n')"
expect_status 2 "$SYN" invite P web --base-url https://s.example.org --from a@b.org
expect_contains "relay needed" "--smtp" "$ERR"
# In French (gettext), the results and the messages.
expect_status 0 env LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" invite P web --dry-run --base-url https://s.example.org --format csv
expect_contains "French results" "m1,en,invitation,serait envoyé" "$OUT"
expect_contains "French: no address" "m3,en,invitation,pas d’adresse courriel" "$OUT"
expect_status 2 env LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" invite P web --base-url https://s.example.org --from a@b.org
expect_contains "French: relay needed" "invite a besoin d’un relais SMTP" "$ERR"

# The sink.
PORT=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
$PY -m aiosmtpd -n -l "127.0.0.1:$PORT" -c aiosmtpd.handlers.Mailbox "$T/mail" 2>"$T/smtp.log" &
SINK=$!
trap 'kill $SINK 2>/dev/null; rm -rf "$T"' EXIT
for _ in $(seq 100); do $PY -c "import socket; socket.create_connection(('127.0.0.1',$PORT))" 2>/dev/null && break; sleep 0.1; done
SEND=(--smtp "smtp://127.0.0.1:$PORT" --from survey@example.org --base-url https://s.example.org --rate 50 --format csv)
nmail(){ find "$T/mail/new" -type f | wc -l | tr -d ' '; }
mail_to(){ grep -l "^To: $1" "$T/mail/new"/*; }

expect_status 0 "$SYN" invite P web "${SEND[@]}"
expect_eq "three invitations" "3" "$(nmail)"
expect_contains "m1 sent" "m1,en,invitation,sent" "$OUT"
expect_contains "m3 skipped" "m3,en,invitation,no e-mail address" "$OUT"
M2=$(mail_to bea@example.org)
expect_contains "French subject, encoded" "Subject: =?UTF-8?B?" "$(cat "$M2")"
expect_contains "French text" "Votre lien personnel" "$(cat "$M2")"
expect_contains "m2's own link" "https://s.example.org/s/$(tok m2)" "$(cat "$M2")"
expect_contains "closing date" "2019-01-31" "$(cat "$M2")"
expect_contains "English text" "Your personal link" "$(cat "$(mail_to ann@example.org)")"
expect_contains "recorded" "invitation 20" "$("$SYN" token export P web --format csv | grep ",m1,")"
expect_status 0 "$SYN" invite P web "${SEND[@]}"
expect_eq "never twice" "3" "$(nmail)"
expect_contains "already invited" "m1,en,invitation,already invited" "$OUT"

# m1 answers (an import linked to the member): reminders go to m2 and m4 only.
ITEMS=$("$SYN" instrument show psf --format csv | tail -n +2 | awk -F, '{print $1, $(NF-3)}')
{ printf 'respondent,partnership,wave'; printf '%s\n' "$ITEMS" | while read -r i v; do printf ',%s' "$i"; done; echo
  printf 'm1,P,web'; printf '%s\n' "$ITEMS" | while read -r i v; do printf ',%s' "$v"; done; echo; } > "$T/answers.csv"
"$SYN" response import "$T/answers.csv" --instrument psf >/dev/null
expect_status 0 "$SYN" invite P web --reminder "${SEND[@]}"
expect_eq "two reminders" "5" "$(nmail)"
expect_not_contains "complete not reminded" "m1," "$OUT"
expect_contains "reminder" "m4,en,reminder,sent" "$OUT"
expect_contains "reminder text" "A reminder" "$(cat $(mail_to dan@example.org))"
expect_status 0 "$SYN" invite P web --reminder "${SEND[@]}"
expect_eq "reminded once" "5" "$(nmail)"
expect_contains "status incomplete for the merge" "m2,P,web,not started,reminder 20" "$("$SYN" token export P web --status incomplete --format csv)"

# The study's own text.
printf 'Subject: Rappel pour {partnership}\n\nBonjour, votre lien : {link}\n' > "$T/fr.txt"
expect_status 0 "$SYN" invite template set "$T/fr.txt" --lang fr --reminder
expect_status 0 "$SYN" invite template show --lang fr --reminder
expect_eq "template kept" "$(cat "$T/fr.txt")" "$OUT"
printf 'Subject: x\n\nno link here\n' > "$T/bad.txt"
expect_status 3 "$SYN" invite template set "$T/bad.txt"
expect_contains "bad template" "bad.txt:3:1" "$ERR"
expect_status 0 "$SYN" invite P web --reminder --again "${SEND[@]}"
expect_eq "again on request" "7" "$(nmail)"
SUBJECTS=$(grep -h "^Subject: " "$T/mail/new"/* | $PY -c '
import sys, email.header
for l in sys.stdin: print(str(email.header.make_header(email.header.decode_header(l[9:].strip()))))')
expect_contains "the study's French text" "Rappel pour Partenariat Pilote" "$SUBJECTS"
expect_contains "built-in French subject" "L’enquête de votre partenariat : Partenariat Pilote" "$SUBJECTS"

# A relay that is down: the failure is reported and recorded, exit 1.
kill $SINK; wait $SINK 2>/dev/null || true
trap 'rm -rf "$T"' EXIT
expect_status 1 "$SYN" invite P web --again "${SEND[@]}"
expect_contains "failure reported" "m2,fr,invitation,failed: " "$OUT"
expect_contains "failed" "failed:" "$OUT"
expect_contains "failure recorded" "failed" "$("$SYN" token export P web --format csv | grep ",m2,")"
echo ok
