# token_shape.sh: issued survey tokens are 43 URL-safe base64 characters
# (256 random bits) and never begin with '-' (a spreadsheet formula, which
# the CSV guard would mark with an apostrophe) or '_': 400 tokens, exported
# as CSV without --raw, all come out exactly as stored. With the old
# 22-character tokens one in 64 began with '-'.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add P --name P >/dev/null
{ echo "id,partnership,organisation,stakeholder_group,joined"
  for i in $(seq 1 400); do echo "m$i,P,,researcher,2018-01-01"; done; } > "$T/roster.csv"
"$SYN" member import "$T/roster.csv" >/dev/null
"$SYN" wave add P web --opens 2018-12-01 >/dev/null
expect_status 0 "$SYN" token issue P web
expect_status 0 "$SYN" token export P web --format csv
TOKS=$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1)
expect_eq "400 tokens" 400 "$(printf '%s\n' "$TOKS" | wc -l | tr -d ' ')"
BAD=$(printf '%s\n' "$TOKS" | grep -Evx '[A-Za-z0-9][A-Za-z0-9_-]{42}' || true)
expect_eq "every token: 43 characters, a letter or digit first" "" "$BAD"
expect_eq "all distinct" 400 "$(printf '%s\n' "$TOKS" | sort -u | wc -l | tr -d ' ')"
expect_status 0 "$SYN" --raw token export P web --format csv
expect_eq "the guard changes none of them" "$TOKS" "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1)"
