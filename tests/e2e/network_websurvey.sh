# network_websurvey.sh: the tie survey on a member's web link (curl).
# The levels page lists the partnership's organisations at the wave's
# opening but the member's own (and one that left); a post without its
# form key or with another link's is refused; bad answers come back with
# every problem at its field and the study unchanged; good ones are the
# ties `network list` and `network export` show, exactly as `network
# import` of the same rows stores them; the ratings page asks trust and
# value only for organisations rated 1 or more and keeps the levels; a
# new levels answer keeps the ratings of organisations still rated, drops
# the others'; French page; a member without an organisation has nothing
# to answer; a closed wave says so.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
printf '%s\n' "id,partnership,organisation,joined,left" "011,PCCP,North Health,2014-01-01," "012,PCCP,City Univ,2014-01-01," \
  "013,PCCP,Old Clinic,2014-01-01,2015-03-01" "014,PCCP,,2014-01-01," "015,PCCP,East Clinic,2018-01-01," >"$T/members.csv"
"$SYN" member import "$T/members.csv" >/dev/null
"$SYN" wave add PCCP web --opens 2018-12-01 --closes 2019-01-31 >/dev/null
"$SYN" wave add PCCP old --opens 2018-01-01 --closes 2018-02-01 >/dev/null
"$SYN" token issue PCCP web >/dev/null
"$SYN" token issue PCCP old >/dev/null
tok(){ "$SYN" --raw token export PCCP "$1" --format csv | awk -F, -v m="$2" '$2==m{print $1}'; }
T1=$(tok web 011); T4=$(tok web 014); TO=$(tok old 011)
[ -n "$T1" ] && [ -n "$T4" ] && [ -n "$TO" ] || fail "tokens not issued"
serve_start
code(){ local u=$1; shift; curl -s -o "$T/b" -D "$T/h" -w '%{http_code}' "$@" "$BASE$u"; }
post(){ local u=$1; shift; local a=(); for f in "$@"; do a+=(--data-urlencode "$f"); done; code "$u" "${a[@]}"; }
dump(){ sqlite3 "$STUDY" "SELECT * FROM tie ORDER BY 1,2,3" | md5sum; }

expect_eq "welcome links to the tie survey" 200 "$(code /s/$T1)"
expect_contains "link" "/s/$T1/network" "$(cat "$T/b")"
expect_eq "levels page" 200 "$(code /s/$T1/network)"
page=$(cat "$T/b")
expect_contains "first organisation" 'name="o0" value="City Univ"' "$page"
expect_contains "second organisation" 'name="o1" value="East Clinic"' "$page"
expect_not_contains "own organisation left out" 'value="North Health"' "$page"
expect_not_contains "organisation gone by the wave left out" 'value="Old Clinic"' "$page"
expect_contains "levels 0 to 5" '<input type="radio" name="c0" value="5"><span>5 Collaboration</span>' "$page"
expect_contains "frequency" '<span>5 Daily</span>' "$page"
expect_not_contains "no script" '<script' "$page"
KEY=$(grep -o 'name="key" value="[^"]*"' "$T/b" | cut -d'"' -f4)
[ ${#KEY} = 32 ] || fail "no form key: $KEY"

# Refused posts change nothing.
before=$(dump)
expect_eq "no key" 400 "$(post /s/$T1/network nav=next o0="City Univ" c0=3)"
expect_eq "another link's key" 403 "$(post /s/$T1/network key=$(printf 'A%.0s' $(seq 32)) nav=next o0="City Univ" c0=3)"
expect_eq "a field that is no question" 400 "$(post /s/$T1/network key=$KEY nav=next o0="City Univ" x0=3)"
expect_eq "an answer without its organisation" 400 "$(post /s/$T1/network key=$KEY nav=next c4=3)"
# Every problem at its field (the import's checks: range, own organisation, gone).
expect_eq "bad answers" 400 "$(post /s/$T1/network key=$KEY nav=next o0="City Univ" c0=9 o1="East Clinic" c1=2 f1=7 \
  o2="North Health" c2=1 o3="Old Clinic" c3=1)"
b=$(cat "$T/b")
expect_contains "summary" 'role="alert"' "$b"
expect_contains "level out of range at its field" '<fieldset class="item invalid" aria-describedby="e-0-4">' "$b"
expect_contains "its message" "collaboration &#39;9&#39; is not a whole number from 0 to 5" "$b"
expect_contains "frequency at its field" 'aria-describedby="e-1-5"' "$b"
expect_contains "frequency message" "frequency &#39;7&#39; is not a whole number from 0 to 5" "$b"
expect_contains "own organisation" "member &#39;011&#39; names their own organisation &#39;North Health&#39;" "$b"
expect_contains "organisation gone" "organisation &#39;Old Clinic&#39; had no member in PCCP when wave web opened" "$b"
expect_contains "valid choice kept" '<input type="radio" name="c1" value="2" checked>' "$b"
expect_eq "study unchanged" "$before" "$(dump)"

# Good answers: the same ties as an import of the same rows.
expect_eq "levels saved" 303 "$(post /s/$T1/network key=$KEY nav=next o0="City Univ" c0=3 f0=4 o1="East Clinic" c1=0)"
expect_contains "to the ratings" "Location: /s/$T1/network/ratings" "$(tr -d '\r' < "$T/h")"
expect_eq "network list" "PCCP,web,011,North Health,City Univ,3,4,,,,,,
PCCP,web,011,North Health,East Clinic,0,,,,,,," "$("$SYN" network list PCCP --wave web --format csv | tail -n +2)"
expect_eq "ratings page" 200 "$(code /s/$T1/network/ratings)"
r=$(cat "$T/b")
expect_contains "rated organisation asked" 'value="City Univ"' "$r"
expect_not_contains "unrated organisation not asked" 'value="East Clinic"' "$r"
expect_contains "trust question" 'name="tr0" value="4"' "$r"
expect_eq "bad rating" 400 "$(post /s/$T1/network/ratings key=$KEY nav=next o0="City Univ" tr0=5)"
expect_contains "rating at its field" 'aria-describedby="e-0-6"' "$(cat "$T/b")"
expect_eq "ratings saved" 303 "$(post /s/$T1/network/ratings key=$KEY nav=next o0="City Univ" tr0=4 tm0=3 to0=2 vp0=1 vi0=2 vr0=3)"
expect_contains "to the saved page" "Location: /s/$T1/network/saved" "$(tr -d '\r' < "$T/h")"
web=$("$SYN" network export PCCP --wave web)
expect_eq "export" "partnership,wave,respondent,organisation,collaboration,frequency,trust_reliable,trust_mission,trust_open,value_power,value_involvement,value_resources
PCCP,web,011,City Univ,3,4,4,3,2,1,2,3
PCCP,web,011,East Clinic,0,,,,,,," "$web"
# The same rows imported give the same study.
printf '%s\n' "$web" > "$T/web.csv"
w1=$(dump)
expect_status 0 "$SYN" network import --replace "$T/web.csv"
expect_eq "import of the web answers changes nothing" "$w1" "$(dump)"

# Levels again: ratings kept while rated 1 or more, dropped at 0.
expect_eq "levels again" 303 "$(post /s/$T1/network key=$KEY nav=save o0="City Univ" c0=2 o1="East Clinic" c1=1 f1=2)"
expect_contains "save and finish later" "Location: /s/$T1" "$(tr -d '\r' < "$T/h")"
expect_eq "ratings kept" "PCCP,web,011,City Univ,2,,4,3,2,1,2,3
PCCP,web,011,East Clinic,1,2,,,,,," "$("$SYN" network export PCCP --wave web | tail -n +2)"
expect_eq "level to 0" 303 "$(post /s/$T1/network key=$KEY nav=next o0="City Univ" c0=0 o1="East Clinic" c1=1)"
expect_eq "ratings dropped" "PCCP,web,011,City Univ,0,,,,,,,
PCCP,web,011,East Clinic,1,,,,,,," "$("$SYN" network export PCCP --wave web | tail -n +2)"
expect_eq "page shows the answers" 200 "$(code /s/$T1/network)"
expect_contains "stored level checked" '<input type="radio" name="c1" value="1" checked>' "$(cat "$T/b")"

# French.
expect_eq "french" 200 "$(code /s/$T1/network -H 'Accept-Language: fr')"
expect_contains "french title" "Organisations avec lesquelles votre organisation travaille" "$(cat "$T/b")"
expect_contains "french level" "Réseautage" "$(cat "$T/b")"
# A member without an organisation; a closed wave.
expect_eq "nothing to ask" 200 "$(code /s/$T4/network)"
expect_contains "says so" "No organisations to ask about" "$(cat "$T/b")"
expect_eq "closed wave" 200 "$(code /s/$TO/network)"
expect_contains "closed page" "This survey is closed" "$(cat "$T/b")"
serve_stop
echo ok
