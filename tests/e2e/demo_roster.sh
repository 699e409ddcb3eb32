# The demo programme: PCCP 13 members today and 34 over the years, CHRP 23
# and 30; PCCP keeps its organisations while individuals leave after the 2015
# reform; CHRP has a meeting gap of about 1.5 years. Deterministic.
. "$E2E_LIB"
expect_status 0 "$SYN" demo
expect_status 0 "$SYN" dynamics --as-of 2018-12-31 --table size --format csv
expect_contains "CHRP size" "CHRP,23,30," "$OUT"
expect_contains "PCCP size" "PCCP,13,34," "$OUT"
expect_status 0 "$SYN" dynamics PCCP --as-of 2018-12-31 --table years --format csv
y2015=$(echo "$OUT" | grep '^PCCP,2015,')
ret=$(echo "$y2015" | cut -d, -f7); oret=$(echo "$y2015" | cut -d, -f11)
awk -v r="$ret" -v o="$oret" 'BEGIN{ exit !(r < 0.6 && o >= 0.8) }' || fail "2015: individual retention $ret should be low and organisational $oret high"
expect_status 0 "$SYN" dynamics CHRP --table gaps --format csv
long=$(echo "$OUT" | awk -F, '$5=="yes" && $4>500' | wc -l)
expect_eq "one long CHRP gap" "1" "$long"
expect_status 0 "$SYN" timeline list PCCP --kind context --format csv
expect_contains "reform on the timeline" "reform" "$OUT"
# Deterministic: a second demo is identical.
"$SYN" --study "$T/second.db" demo >/dev/null
expect_eq "deterministic" "$(sqlite3 "$STUDY" 'SELECT * FROM attendance' | md5sum)" "$(sqlite3 "$T/second.db" 'SELECT * FROM attendance' | md5sum)"
expect_status 1 "$SYN" demo
expect_contains "demo needs an empty study" "needs a new study file" "$ERR"
echo "demo_roster: ok"
