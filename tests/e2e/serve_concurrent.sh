# serve_concurrent.sh: the web survey and the command line on one study at
# once. Members submit in parallel while `response import`, `score` and
# `report` run: every command succeeds and every acknowledged submission
# (303) is in the study. Then the server is killed (-9) in the middle of
# parallel submissions: every acknowledged one is still there.
. "$E2E_LIB"
"$SYN" demo >/dev/null
"$SYN" wave add CHRP web --opens 2018-12-01 >/dev/null
"$SYN" wave add PCCP imp --opens 2018-11-01 >/dev/null
"$SYN" token issue CHRP web >/dev/null
"$SYN" --raw token export CHRP web --format csv | tail -n +2 | cut -d, -f1 > "$T/tokens"
NTOK=$(wc -l < "$T/tokens")
[ "$NTOK" -ge 12 ] || fail "only $NTOK tokens"
# Every item answered its top value (one form for the whole instrument, as
# the bench posts). The last five columns are min,max,na,reverse,scales.
"$SYN" instrument show psf --format csv | tail -n +2 | awk -F, '{print $1, $(NF-3)}' > "$T/items"
ITEMS=$(cut -d' ' -f1 "$T/items")
BODYQ=$(while read -r i v; do printf '&%s=%s' "$i" "$v"; done < "$T/items")
# An import file for another wave of the other partnership.
{ printf 'respondent,partnership,wave'; for i in $ITEMS; do printf ',%s' "$i"; done; echo
  for r in $(seq 1 30); do printf 'r%02d,PCCP,imp' "$r"; while read -r i v; do printf ',%s' "$v"; done < "$T/items"; echo; done; } > "$T/imp.csv"

submit(){ # TOKEN -> prints "TOKEN STATUS"
  local k; k=$(curl -s "$BASE/s/$1/p/1" | grep -o 'name="key" value="[^"]*"' | cut -d'"' -f4)
  printf '%s %s\n' "$1" "$(curl -s -o /dev/null -w '%{http_code}' -d "key=$k$BODYQ" "$BASE/s/$1/submit")"
}
export -f submit; export BODYQ

serve_start
HALF=$(( NTOK / 2 ))
head -n "$HALF" "$T/tokens" > "$T/first"
( BASE=$BASE xargs -P 6 -I{} bash -c 'submit {}' < "$T/first" > "$T/acks1" ) &
SUBS=$!
expect_status 0 "$SYN" response import "$T/imp.csv" --instrument psf
expect_status 0 "$SYN" score --instrument psf --format csv
expect_status 0 "$SYN" report --all --out "$T/r.html"
wait $SUBS
expect_eq "every submission acknowledged" "$HALF" "$(grep -c ' 303$' "$T/acks1")"
expect_contains "import kept" "PCCP,imp,psf,30," "$("$SYN" response list --format csv)"
COMPLETE=$("$SYN" token export CHRP web --status complete --format csv | tail -n +2 | wc -l)
expect_eq "complete = acknowledged" "$HALF" "$COMPLETE"
serve_stop

# kill -9 in the middle: what was acknowledged is on disk.
serve_start
tail -n +"$(( HALF + 1 ))" "$T/tokens" > "$T/second"
( BASE=$BASE xargs -P 6 -I{} bash -c 'submit {}' < "$T/second" > "$T/acks2" ) &
SUBS=$!
for _ in $(seq 200); do [ "$(grep -c ' 303$' "$T/acks2" 2>/dev/null)" -ge 2 ] && break; sleep 0.02; done
kill -9 "$SERVE_PID"
wait "$SERVE_PID" 2>/dev/null || true
trap 'rm -rf "$T"' EXIT
wait $SUBS || true
"$SYN" --raw token export CHRP web --status complete --format csv | tail -n +2 | cut -d, -f1 | sort > "$T/done"
grep ' 303$' "$T/acks2" | cut -d' ' -f1 | sort > "$T/acked"
[ -s "$T/acked" ] || fail "nothing acknowledged before the kill"
MISSING=$(comm -23 "$T/acked" "$T/done" | wc -l)
expect_eq "acknowledged but lost after kill -9" 0 "$MISSING"
expect_status 0 "$SYN" score --instrument psf --wave web --format csv
echo ok
