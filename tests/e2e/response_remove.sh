# response remove: the answer sets of one instrument in one wave go (and
# only those); an unknown wave or instrument is refused with nothing changed.
. "$E2E_LIB"
"$SYN" demo >/dev/null
expect_status 0 "$SYN" response list --format csv
expect_contains "demo answers before" "PCCP,baseline,psf,16," "$OUT"
others=$(printf '%s\n' "$OUT" | grep -v '^PCCP,baseline,')
before=$(sqlite3 "$STUDY" .dump | md5sum)
expect_status 1 "$SYN" response remove PCCP nowave --instrument psf
expect_contains "unknown wave" "no wave 'nowave' in PCCP" "$ERR"
expect_status 1 "$SYN" response remove PCCP baseline --instrument nope
expect_contains "unknown instrument" "no instrument 'nope'" "$ERR"
expect_status 2 "$SYN" response remove PCCP baseline
expect_eq "refusals change nothing" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
expect_status 0 "$SYN" response remove PCCP baseline --instrument psf
expect_eq "count" "16 answer sets removed" "$OUT"
expect_status 0 "$SYN" response list --format csv
expect_not_contains "wave emptied" "PCCP,baseline," "$OUT"
expect_eq "other waves untouched" "$others" "$OUT"
expect_status 0 "$SYN" response remove PCCP baseline --instrument psf
expect_eq "nothing left to remove" "0 answer sets removed" "$OUT"
# The wave can be answered again: score no longer counts it.
expect_status 0 "$SYN" score --instrument psf --wave baseline --format csv
expect_not_contains "no PCCP baseline score" "PCCP,baseline" "$OUT"
expect_contains "CHRP baseline kept" "CHRP,baseline" "$OUT"
echo "response_remove: ok"
