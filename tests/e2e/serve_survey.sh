# serve_survey.sh: the web survey over HTTP (curl): a member answers page
# by page (partial), resumes, submits (complete); score, token export and
# response list see it; every bad request gets its 4xx and changes
# nothing; headers on every response; rate limit on unknown tokens;
# closed and not-yet-open waves; clean stop with a log free of tokens.
. "$E2E_LIB"
"$SYN" demo >/dev/null
"$SYN" wave add PCCP web --opens 2018-12-01 --closes 2019-01-31 >/dev/null
"$SYN" wave add PCCP late --opens 2019-06-01 >/dev/null
"$SYN" wave add CHRP old --opens 2018-01-01 --closes 2018-02-01 >/dev/null
for w in web late; do "$SYN" token issue PCCP $w >/dev/null; done
"$SYN" token issue CHRP old >/dev/null
tok(){ "$SYN" --raw token export "$1" "$2" --format csv | sed -n "$(( $3 + 1 ))p" | cut -d, -f1; }
T1=$(tok PCCP web 1); T2=$(tok PCCP web 2); T3=$(tok PCCP web 3); TL=$(tok PCCP late 1); TO=$(tok CHRP old 1)
serve_start --token-failures 5
# code URL [curl options]: the HTTP status; headers in $T/h, body in $T/b.
code(){ local u=$1; shift; curl -s -o "$T/b" -D "$T/h" -w '%{http_code}' "$@" "$BASE$u"; }
key(){ curl -s "$BASE/s/$1/p/1" | grep -o 'name="key" value="[^"]*"' | cut -d'"' -f4; }
state(){ "$SYN" response list --format csv; "$SYN" token export PCCP web --format csv; }
headers_ok(){
  for h in "Content-Security-Policy: default-src 'self'" "frame-ancestors 'none'" "Referrer-Policy: no-referrer" \
           "X-Content-Type-Options: nosniff" "Cache-Control: no-store"; do
    grep -qi "$h" "$T/h" || fail "header $h missing on $1: $(cat "$T/h")"
  done
}

# Welcome, pages, progress; English by default, French by Accept-Language.
expect_eq "welcome" 200 "$(code /s/$T1)"; headers_ok welcome
expect_contains "welcome text" "61 questions on 9 pages" "$(cat "$T/b")"
expect_contains "start link" "/s/$T1/p/1" "$(cat "$T/b")"
expect_eq "french" 200 "$(code /s/$T1 -H 'Accept-Language: fr-CA,fr;q=0.9,en;q=0.5')"
expect_contains "french page" '<html lang="fr">' "$(cat "$T/b")"
expect_contains "french text" "Vos réponses sont confidentielles" "$(cat "$T/b")"
expect_eq "switch to english" 200 "$(code "/s/$T1?lang=en" -H 'Accept-Language: fr')"
expect_contains "lang cookie" "Set-Cookie: lang=en" "$(cat "$T/h")"
expect_eq "page 1" 200 "$(code /s/$T1/p/1)"; headers_ok page
expect_contains "progress" 'Page 1 of 9' "$(cat "$T/b")"
expect_contains "fieldset per item" '<fieldset class="item" id="q-ri1">' "$(cat "$T/b")"
expect_contains "not applicable choice" 'value="9"' "$(cat "$T/b")"
expect_eq "style" 200 "$(code /style.css)"; headers_ok style
expect_eq "home" 200 "$(code /)"; headers_ok home
expect_contains "sign-in link on the start page" '<a href="/signin">sign in to the workspace</a>' "$(cat "$T/b")"
expect_eq "home in french" 200 "$(code / -H 'Accept-Language: fr')"
expect_contains "sign-in link in french" '<a href="/signin">connectez-vous à l’espace de travail</a>' "$(cat "$T/b")"
expect_eq "the sign-in link leads to the sign-in page" 200 "$(code /signin)"
expect_contains "sign-in page" 'action="/signin"' "$(cat "$T/b")"
K1=$(key "$T1")
expect_eq "key shape" 32 "${#K1}"

# Every bad request: its status, headers, and nothing changed.
BEFORE=$(state)
bad(){ # WANT URL CURL-OPTIONS...
  local want=$1 u=$2; shift 2
  expect_eq "bad request $* -> $want" "$want" "$(code "$u" "$@")"
  headers_ok "$want $u"
}
bad 400 /s/$T1/p/1 -d "nav=next&ri1=4"                       # no form key
bad 403 /s/$T1/p/1 -d "key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&nav=next&ri1=4"
bad 403 /s/$T2/p/1 -d "key=$K1&nav=next&ri1=4"              # another token's key
bad 400 /s/$T1/p/1 -d "key=$K1&ri1=4"                        # no navigation
bad 400 /s/$T1/p/1 -d "key=$K1&nav=jump&ri1=4"
bad 400 /s/$T1/p/1 -d "key=$K1&nav=next&ri1=6"               # out of range
expect_contains "error next to the item" 'id="e-ri1"' "$(cat "$T/b")"
expect_contains "error announced" 'role="alert"' "$(cat "$T/b")"
bad 400 /s/$T1/p/1 -d "key=$K1&nav=next&ri1=x"
bad 400 /s/$T1/p/1 -d "key=$K1&nav=next&ri1=4&ri1=5"         # twice
bad 400 /s/$T1/p/1 -d "key=$K1&nav=next&ri1=4&zz9=1"         # not an item
bad 400 /s/$T1/p/2 -d "key=$K1&nav=next&ri1=4"               # item of another page
bad 400 /s/$T1/p/1 -d "key=$K1&nav=next&ri1=%zz"             # malformed body
bad 400 /s/$T1/p/1 -d "key=$K1&nav=next&novalue"
bad 400 /s/$T1/submit -d "key=$K1&ri1=77"
bad 404 /s/$T1/p/10 -d "key=$K1&nav=next"
bad 404 /s/$T1/p/0
bad 415 /s/$T1/p/1 -H 'Content-Type: text/plain' -d "key=$K1&nav=next"
head -c 70000 /dev/zero | tr '\0' a > "$T/big"
bad 413 /s/$T1/p/1 --data-binary @"$T/big"
bad 405 /s/$T1/p/1 -X PUT
expect_contains "allow header" "Allow: GET, HEAD, POST" "$(cat "$T/h")"
bad 405 /s/$T1/submit
bad 404 /nothing
expect_eq "nothing changed by bad requests" "$BEFORE" "$(state)"

# Page 1 saved (partial), the link resumes at page 2; a second member's page too.
expect_eq "save page 1" 303 "$(code /s/$T1/p/1 -d "key=$K1&nav=next&ri1=4&ri2=5&ri3=9&at1=3")"
expect_contains "to page 2" "Location: /s/$T1/p/2" "$(cat "$T/h")"; headers_ok redirect
expect_contains "partial status" "$T1,011,PCCP,web,partial," "$("$SYN" token export PCCP web --format csv)"
expect_eq "resume" 200 "$(code /s/$T1)"
expect_contains "continue at page 2" "/s/$T1/p/2\">Continue" "$(cat "$T/b")"
expect_eq "saved answer shown" 200 "$(code /s/$T1/p/1)"
expect_contains "checked" 'name="ri1" value="4" checked' "$(cat "$T/b")"
expect_eq "prev" 303 "$(code /s/$T1/p/2 -d "key=$K1&nav=prev")"
expect_contains "back to page 1" "Location: /s/$T1/p/1" "$(cat "$T/h")"
expect_eq "kept page 1" 200 "$(code /s/$T1/p/1)"
expect_contains "still checked" 'name="ri2" value="5" checked' "$(cat "$T/b")"
K2=$(key "$T2")
expect_eq "member 2 page 1" 303 "$(code /s/$T2/p/1 -d "key=$K2&nav=save&ri1=2&ri2=2&ri3=2&at1=2")"
expect_contains "save and finish later" "Location: /s/$T2" "$(cat "$T/h")"
expect_eq "review" 200 "$(code /s/$T1/review)"
expect_contains "review lists answers" "Strongly agree" "$(cat "$T/b")"
expect_eq "submit" 303 "$(code /s/$T1/submit -d "key=$K1")"
expect_contains "to thanks" "Location: /s/$T1/thanks" "$(cat "$T/h")"
expect_eq "thanks" 200 "$(code /s/$T1/thanks)"
expect_contains "thank you" "Your answers have been received" "$(cat "$T/b")"
expect_eq "link shows thanks" 200 "$(code /s/$T1)"
expect_contains "thank you again" "Your answers have been received" "$(cat "$T/b")"
expect_eq "no change after submit" 409 "$(code /s/$T1/p/1 -d "key=$K1&nav=next&ri1=1")"
expect_contains "complete status" "$T1,011,PCCP,web,complete," "$("$SYN" token export PCCP web --format csv)"
expect_contains "incomplete filter" "$T2,012,PCCP,web,partial," "$("$SYN" token export PCCP web --status incomplete --format csv)"
expect_not_contains "incomplete filter leaves complete out" "$T1" "$("$SYN" token export PCCP web --status incomplete --format csv)"
expect_contains "links" "https://survey.example.org/s/$T1" "$("$SYN" token export PCCP web --base-url https://survey.example.org --format csv)"
# 13 tokens, 1 complete (7.7 per 100), 1 partial.
expect_contains "response rate" "PCCP,web,psf,1,1,1,13,7.7" "$("$SYN" response list --format csv)"
# score: resource integration items ri1-ri4 (page 1) -> the complete set only, unless --include-partial.
expect_contains "score complete only" "PCCP,web,resource_integration,1,4.5000," "$("$SYN" score --instrument psf --wave web --no-suppress --format csv)"
expect_contains "score with partial" "PCCP,web,resource_integration,2,3.2500," "$("$SYN" score --instrument psf --wave web --no-suppress --include-partial --format csv)"

# Waves not open yet or closed: their dates, no saving.
expect_eq "not yet" 200 "$(code /s/$TL)"
expect_contains "opens on" '2019-06-01' "$(cat "$T/b")"
expect_eq "closed" 200 "$(code /s/$TO)"
expect_contains "closed page" "This survey is closed" "$(cat "$T/b")"
expect_contains "closed on" "2018-02-01" "$(cat "$T/b")"
KO=$(curl -s "$BASE/s/$TO/review" | grep -o 'name="key" value="[^"]*"' | cut -d'"' -f4 || true)
expect_eq "closed page has no form" "" "$KO"

# Revoked and unknown tokens: one neutral page; then the rate limit.
"$SYN" token revoke PCCP web 013 >/dev/null
expect_eq "revoked" 404 "$(code /s/$T3)"; cp "$T/b" "$T/revoked"
expect_eq "unknown" 404 "$(code /s/AAAAAAAAAAAAAAAAAAAAAA)"
expect_eq "same neutral page" "$(sed 's#/s/[^?"]*#X#' "$T/revoked")" "$(sed 's#/s/[^?"]*#X#' "$T/b")"
expect_eq "mistyped" 404 "$(code /s/short)"
expect_eq "typed on the start page" 303 "$(code "/start?token=$T2")"
expect_eq "typed wrong" 404 "$(code "/start?token=nope")"
expect_eq "rate limited" 429 "$(code /s/BBBBBBBBBBBBBBBBBBBBBB)"; headers_ok 429
grep -qi '^Retry-After: [1-9]' "$T/h" || fail "no Retry-After: $(cat "$T/h")"
expect_eq "valid token blocked too" 429 "$(code /s/$T2)"

# The log: one line per request, tokens cut to 4 characters.
serve_stop
grep -q "stopped" "$T/serve.log" || fail "no clean stop in the log"
if grep -q -e "$T1" -e "$T2" "$T/serve.log"; then fail "a whole token in the log"; fi
grep -q "POST /s/${T1:0:4}\.\.\./p/1 303 " "$T/serve.log" || fail "log line missing: $(head -5 "$T/serve.log")"
echo ok
