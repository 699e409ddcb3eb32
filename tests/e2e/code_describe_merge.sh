# code describe (definition and example, shown by code list and codebook
# export); code merge of a code with sub-codes: they move under the target
# with their own sub-codes and segments, a name the target already has
# below it is refused with nothing changed; search --explain.
. "$E2E_LIB"
D="$TESTDATA/qual"
export SYNERGIST_USER=analyst1
"$SYN" init >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" member add CHRP 021 >/dev/null
"$SYN" source import "$D/int_chrp_021.txt" --partnership CHRP --kind interview --participant 021 >/dev/null
"$SYN" coder add ana >/dev/null
"$SYN" code add climate --description "old" >/dev/null
for c in warmth tension; do "$SYN" code add $c --parent climate >/dev/null; done
"$SYN" code add conflict --parent climate/tension >/dev/null
"$SYN" code add "team spirit" >/dev/null
for c in cohesion warmth; do "$SYN" code add $c --parent "team spirit" >/dev/null; done
apply(){ "$SYN" code apply --source int_chrp_021 --code "$1" --coder ana --start "$2" --end "$3" >/dev/null; }
apply climate 0 10
apply climate/warmth 185 206
apply climate/tension/conflict 467 521
apply "team spirit/warmth" 185 206

expect_status 0 "$SYN" code describe climate --description "How the partnership feels" --example "People laugh together."
expect_status 0 "$SYN" code list --format csv
expect_contains "description listed" 'climate,climate,1,3,1,How the partnership feels' "$OUT"
expect_status 0 "$SYN" codebook export
expect_contains "example exported" '"example": "People laugh together."' "$OUT"
expect_status 0 "$SYN" code describe climate --example "We joke before the meeting."
expect_status 0 "$SYN" codebook export
expect_contains "example changed" '"example": "We joke before the meeting."' "$OUT"
expect_contains "description kept" '"description": "How the partnership feels"' "$OUT"
expect_status 1 "$SYN" code describe nope --description x
expect_contains "unknown code" "no code 'nope'" "$ERR"

# team spirit already has a warmth: merging climate (with its warmth) is refused.
before=$(sqlite3 "$STUDY" .dump | md5sum)
expect_status 1 "$SYN" code merge climate --into "team spirit"
expect_contains "child name taken" "code 'team spirit/warmth' already exists" "$ERR"
expect_eq "refused merge changes nothing" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
"$SYN" code rename climate/warmth kindness >/dev/null
expect_status 0 "$SYN" code merge climate --into "team spirit" --reason "one theme"
expect_status 0 "$SYN" code list --format csv
expect_eq "sub-codes moved with theirs" 'code,path,segments,total,sources,description
team spirit,team spirit,1,4,1,
  kindness,team spirit/kindness,1,1,1,
  tension,team spirit/tension,0,1,1,
    conflict,team spirit/tension/conflict,1,1,1,
  cohesion,team spirit/cohesion,0,0,0,
  warmth,team spirit/warmth,1,1,1,' "$OUT"
expect_status 0 "$SYN" segment list --format csv
expect_eq "segments follow their codes" 'team spirit,0,10
team spirit/kindness,185,206
team spirit/tension/conflict,467,521
team spirit/warmth,185,206' "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f5,7,8 | sort)"
expect_status 0 "$SYN" audit --format csv
expect_contains "audit counts the sub-codes" "2 sub-codes moved" "$OUT"

# --explain shows the query it runs (its form is not fixed here).
expect_status 0 "$SYN" search --explain "trust OR partner"
expect_contains "explain names trust" "trust" "$OUT"
expect_contains "explain names partner" "partner" "$OUT"
expect_status 2 "$SYN" search --explain '"not closed'
expect_contains "bad query" "query, column 1" "$ERR"
echo "code_describe_merge: ok"
