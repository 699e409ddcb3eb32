# Codebook and coding: the built-in codebook (installed twice: nothing added
# the second time), code add/rename/move/merge/remove, code apply by quote
# (white space ignored) and by offsets, the errors of bad spans, unknown
# codes and coders, ambiguous and missing quotes; memos; the audit trail.
# Offsets were computed independently with Python str.index() on the file
# (code points): "the trust came slowly" is [185,206), "The long break
# because of the ethics approval hurt us." is [467,521).
. "$E2E_LIB"
D="$TESTDATA/qual"
export SYNERGIST_USER=analyst1
"$SYN" init >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" member add CHRP 021 >/dev/null
"$SYN" source import "$D/int_chrp_021.txt" --partnership CHRP --kind interview --participant 021 >/dev/null

expect_status 0 "$SYN" codebook install
expect_eq "built-in codebook" "63 codes added" "$OUT"
expect_status 0 "$SYN" codebook install
expect_eq "installing again adds nothing" "0 codes added" "$OUT"
expect_status 0 "$SYN" code list --format csv
expect_contains "tree in framework order" "determinants,determinants,0,0,0" "$OUT"
expect_contains "Table 1 factor" "determinants/relationships among partners/power differentials" "$OUT"
expect_contains "system-level process" "enabling processes/system/decision makers at the table" "$OUT"
expect_contains "manifestation" "manifestations/capacity for adaptation" "$OUT"
expect_status 0 "$SYN" codebook export
expect_contains "definition and example exported" '"example": "I can call her and know she will not use what I say against my organisation."' "$OUT"

printf '{"codes": [\n  {"name": "a/b"},\n  {"description": "no name"}\n]}\n' > "$T/bad.json"
expect_status 3 "$SYN" codebook import "$T/bad.json"
expect_contains "slash in a name" "bad.json:2:12: codes/0: name 'a/b' contains '/'" "$ERR"
expect_contains "missing name" "bad.json:3:3: codes/1: needs a \"name\"" "$ERR"
printf '{"codes": [\n  {"name": "x",}\n]}\n' > "$T/syntax.json"
expect_status 3 "$SYN" codebook import "$T/syntax.json"
expect_contains "JSON syntax error with line and column" "syntax.json:2:" "$ERR"
printf '{"codes": [{"name": "inductive", "children": [{"name": "ethics delays"}]}]}' > "$T/ok.json"
expect_status 0 "$SYN" codebook import "$T/ok.json" --under "negative factors"
expect_eq "imported under a code" "2 codes added" "$OUT"
expect_status 0 "$SYN" code remove "inductive/ethics delays"
expect_status 0 "$SYN" code remove inductive
"$SYN" coder add ana >/dev/null
"$SYN" coder add ben >/dev/null
expect_status 0 "$SYN" code apply --source int_chrp_021 --code trust --coder ana --quote "  the trust
   came slowly "
expect_eq "quote found across white space" "segment 1: int_chrp_021 [185,206)" "$OUT"
expect_status 0 "$SYN" code apply --source int_chrp_021 --code "relationships among partners/trust" --coder ben --start 185 --end 206 --memo "slow start"
expect_eq "by offsets, code by path end" "segment 2: int_chrp_021 [185,206)" "$OUT"

# Bad input: each is refused with its reason, and nothing changes.
expect_status 1 "$SYN" code apply --source int_chrp_021 --code trust --coder ana --quote "the trust came quickly"
expect_contains "missing quote shows where it diverges" "the quote is not in source 'int_chrp_021'; its longest beginning found is at int_chrp_021:4:16 (position 185)" "$ERR"
expect_status 1 "$SYN" code apply --source int_chrp_021 --code trust --coder ana --quote "021:"
expect_contains "repeated quote lists every place" "the quote appears 4 times" "$ERR"
expect_contains "first place" "int_chrp_021:3:1  --start 68 --end 72" "$ERR"
expect_contains "last place" "int_chrp_021:10:1  --start 462 --end 466" "$ERR"
expect_status 1 "$SYN" code apply --source int_chrp_021 --code leadership --coder ana --start 0 --end 5
expect_contains "ambiguous code name" "code name 'leadership' is ambiguous" "$ERR"
expect_contains "candidates listed" "enabling processes/operational/leadership" "$ERR"
expect_status 1 "$SYN" code apply --source int_chrp_021 --code nope --coder ana --start 0 --end 5
expect_contains "unknown code" "no code 'nope'" "$ERR"
expect_status 1 "$SYN" code apply --source int_chrp_021 --code trust --coder zed --start 0 --end 5
expect_contains "unknown coder" "no coder 'zed'" "$ERR"
expect_status 1 "$SYN" code apply --source nosuch --code trust --coder ana --start 0 --end 5
expect_contains "unknown source" "no source 'nosuch'" "$ERR"
expect_status 2 "$SYN" code apply --source int_chrp_021 --code trust --coder ana --start 10 --end 5
expect_contains "reversed" "span [10,5) is empty or reversed in source 'int_chrp_021', which has 543 characters" "$ERR"
expect_status 2 "$SYN" code apply --source int_chrp_021 --code trust --coder ana --start 500 --end 544
expect_contains "outside" "span [500,544) is outside source" "$ERR"
expect_status 2 "$SYN" code apply --source int_chrp_021 --code trust --coder ana --start -1 --end 5
expect_status 1 "$SYN" code apply --source int_chrp_021 --code trust --coder ana --start 185 --end 206
expect_contains "duplicate" "ana already coded [185,206)" "$ERR"
expect_status 0 "$SYN" segment list --format csv
expect_eq "only the two good segments" "id,source,partnership,participant,code,coder,start,end,text,memo
1,int_chrp_021,CHRP,021,determinants/relationships among partners/trust,ana,185,206,the trust came slowly,
2,int_chrp_021,CHRP,021,determinants/relationships among partners/trust,ben,185,206,the trust came slowly,slow start" "$OUT"

# Rename, add, move, merge: segments follow.
expect_status 0 "$SYN" code rename trust "mutual trust" --reason "closer to the participants' words"
expect_status 0 "$SYN" code add "ethics delays" --parent "external environment" --description "Waiting for ethics approval"
expect_status 2 "$SYN" code add "a/b"
expect_status 1 "$SYN" code add "ethics delays" --parent "external environment"
expect_contains "duplicate code" "already exists" "$ERR"
expect_status 0 "$SYN" code move "ethics delays" --parent "negative factors"
expect_status 1 "$SYN" code move determinants --parent "relationships among partners"
expect_contains "no cycles" "cannot move 'determinants' under itself" "$ERR"
expect_status 0 "$SYN" code apply --source int_chrp_021 --code "ethics delays" --coder ana --quote "The long break because of the ethics approval hurt us."
expect_eq "quote" "segment 3: int_chrp_021 [467,521)" "$OUT"
"$SYN" code apply --source int_chrp_021 --code "ethics delays" --coder ana --start 185 --end 206 >/dev/null
expect_status 1 "$SYN" code remove "ethics delays"
expect_contains "remove refused while used" "has 2 segments" "$ERR"
expect_status 0 "$SYN" code merge "ethics delays" --into "mutual trust" --reason "one theme"
expect_status 0 "$SYN" segment list --code "mutual trust" --text --format csv
expect_eq "merged: duplicate dropped, the other moved" "id,source,partnership,participant,code,coder,start,end,text,memo
1,int_chrp_021,CHRP,021,determinants/relationships among partners/mutual trust,ana,185,206,the trust came slowly,
2,int_chrp_021,CHRP,021,determinants/relationships among partners/mutual trust,ben,185,206,the trust came slowly,slow start
3,int_chrp_021,CHRP,021,determinants/relationships among partners/mutual trust,ana,467,521,The long break because of the ethics approval hurt us.," "$OUT"
expect_status 0 "$SYN" code list --format csv
expect_contains "counts: own, with sub-codes, sources" "determinants/relationships among partners,0,3,1" "$OUT"
expect_contains "counts on the code" "determinants/relationships among partners/mutual trust,3,3,1" "$OUT"
expect_not_contains "merged code gone" "ethics delays" "$OUT"
expect_status 0 "$SYN" coder list --format csv
expect_eq "coders" "coder,segments,sources
ana,2,1
ben,1,1" "$OUT"

# Memos and segment removal.
expect_status 0 "$SYN" memo add --project --text "Hybrid deductive-inductive coding"
expect_status 0 "$SYN" memo add --code "mutual trust" --text "Trust grows between meetings" --by ben
expect_status 0 "$SYN" memo add --source int_chrp_021 --text "Recorded by phone"
expect_status 1 "$SYN" memo add --segment 99 --text "x"
expect_status 2 "$SYN" memo add --text "no target"
expect_status 0 "$SYN" memo list --format csv
expect_eq "memos" "slow start|segment|2|analyst1
Hybrid deductive-inductive coding|project||analyst1
Trust grows between meetings|code|determinants/relationships among partners/mutual trust|ben
Recorded by phone|source|int_chrp_021|analyst1" "$(printf '%s\n' "$OUT" | tail -n +2 | awk -F, '{print $6"|"$2"|"$3"|"$4}')"
expect_status 0 "$SYN" segment remove 2 --reason "double coding"
expect_status 0 "$SYN" memo list
expect_not_contains "the segment's memo went with it" "slow start" "$OUT"
expect_status 1 "$SYN" segment remove 2

# The audit trail: who, what, before and after, reason.
expect_status 0 "$SYN" audit --format csv
A=$(printf '%s\n' "$OUT" | cut -d, -f3-)
expect_contains "rename with before/after/reason" "analyst1,code rename,determinants/relationships among partners/mutual trust,determinants/relationships among partners/trust,determinants/relationships among partners/mutual trust,closer to the participants' words" "$A"
expect_contains "move" "analyst1,code move,negative factors/ethics delays,determinants/external environment/ethics delays,negative factors/ethics delays," "$A"
expect_contains "merge" "code merge,determinants/relationships among partners/mutual trust,negative factors/ethics delays,\"determinants/relationships among partners/mutual trust (1 segments moved, 1 duplicates dropped, 0 sub-codes moved, 0 auto-coding rules and 0 suggestions moved, 0 duplicates dropped)\",one theme" "$A"
expect_contains "segment removal keeps what it was" "segment remove,segment 2,\"int_chrp_021 [185,206) determinants/relationships among partners/mutual trust by ben\",,double coding" "$A"
expect_contains "memo author" "ben,memo add,memo 3 on code mutual trust" "$A"
expect_status 0 "$SYN" audit --action "segment add" --format csv
expect_eq "filter by action" 5 "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')"
echo "qual_code: ok"
