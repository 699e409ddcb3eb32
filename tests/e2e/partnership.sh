# Partnerships: add, list in every format, edit, duplicate and removal rules.
. "$E2E_LIB"
"$SYN" init >/dev/null
expect_status 0 "$SYN" partnership add PCCP --name "Primary Care Connection"
expect_status 0 "$SYN" partnership add CHRP --name "Community, Health \"Resources\""
expect_status 1 "$SYN" partnership add PCCP --name "Again"
expect_contains "duplicate code" "already exists" "$ERR"
expect_status 0 "$SYN" partnership list --format csv
expect_eq "csv listing" 'code,name,members,current,meetings,events
CHRP,"Community, Health ""Resources""",0,0,0,0
PCCP,Primary Care Connection,0,0,0,0' "$OUT"
expect_status 0 "$SYN" partnership list --format json
expect_contains "json string escaped" '"name": "Community, Health \"Resources\""' "$OUT"
expect_contains "json numbers" '"members": 0' "$OUT"
expect_status 0 "$SYN" partnership edit CHRP --name "Community Health Resources Partnership"
expect_status 0 "$SYN" partnership list --format csv
expect_contains "renamed" "CHRP,Community Health Resources Partnership" "$OUT"
"$SYN" member add PCCP 011 >/dev/null
expect_status 1 "$SYN" partnership remove PCCP
expect_contains "in use" "still has members" "$ERR"
expect_status 0 "$SYN" partnership remove CHRP
expect_status 1 "$SYN" partnership remove CHRP
expect_contains "gone" "no partnership 'CHRP'" "$ERR"
echo "partnership: ok"
