# Segments as data: segment list (every column, filters, CSV and JSON, text
# and memo pseudonymised unless --names), segment recode and segment remove,
# both in the audit trail; a recode to the code a segment already has is a
# no-op that says so (English, French) and writes no audit row; the errors
# of unknown ids, codes and duplicates.
# Offsets computed with Python str.index() on the file (code points): "the
# trust came slowly" is [185,206) of int_chrp_021.txt.
. "$E2E_LIB"
D="$TESTDATA/qual"
export SYNERGIST_USER=analyst1
"$SYN" init >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" member add CHRP 021 --name "Trust Okafor" >/dev/null
"$SYN" source import "$D/int_chrp_021.txt" --partnership CHRP --kind interview --participant 021 >/dev/null
"$SYN" codebook install >/dev/null
"$SYN" coder add ana >/dev/null
"$SYN" coder add ben >/dev/null
"$SYN" code apply --source int_chrp_021 --code trust --coder ana --start 185 --end 206 --memo "Okafor hesitates" >/dev/null
"$SYN" code apply --source int_chrp_021 --code respect --coder ben --start 185 --end 206 >/dev/null
"$SYN" memo add --segment 1 --text "second thought" >/dev/null

expect_status 0 "$SYN" segment list --format csv
expect_eq "every column; member's name pseudonymised in text and memo" \
"id,source,partnership,participant,code,coder,start,end,text,memo
2,int_chrp_021,CHRP,021,determinants/relationships among partners/respect,ben,185,206,the trust came slowly,
1,int_chrp_021,CHRP,021,determinants/relationships among partners/trust,ana,185,206,the trust came slowly,\"[021] hesitates
second thought\"" "$OUT"
expect_status 0 "$SYN" --names segment list --coder ana --format csv
expect_contains "with --names the memo is as written" "Okafor hesitates" "$OUT"
expect_status 0 "$SYN" segment list --coder ben --partnership CHRP --format json
expect_contains "JSON numbers and null memo" '"start": 185, "end": 206, "text": "the trust came slowly", "memo": null' "$(echo "$OUT" | tr -d '\n' | sed 's/  */ /g')"
expect_status 0 "$SYN" segment list --source int_chrp_021 --code respect --format csv
expect_eq "filters by source and code" 2 "$(echo "$OUT" | tail -n +2 | cut -d, -f1)"
expect_status 1 "$SYN" segment list --code nosuch

expect_status 0 "$SYN" segment recode 2 --code conflict --reason "misread"
expect_eq "recode message" "segment 2 recoded as conflict" "$OUT"
expect_status 0 "$SYN" segment list --coder ben --format csv
expect_contains "new code, same span" "determinants/relationships among partners/conflict,ben,185,206" "$OUT"
nrecode(){ "$SYN" audit --action segment --format csv | grep -c ',segment recode,'; }
N=$(nrecode)
expect_status 0 "$SYN" segment recode 2 --code conflict --reason "again"
expect_eq "recode to the code it has: nothing to do" "segment 2 already has the code conflict; nothing changed" "$OUT"
expect_status 0 env LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" segment recode 2 --code "determinants/relationships among partners/conflict"
expect_eq "said in French" "le segment 2 a déjà le code « determinants/relationships among partners/conflict » ; rien n’a été modifié" "$OUT"
expect_eq "no audit row for either" "$N" "$(nrecode)"
expect_status 1 "$SYN" segment recode 99 --code trust
expect_contains "unknown segment" "no segment 99" "$ERR"
expect_status 1 "$SYN" segment recode 2 --code nosuch
expect_status 2 "$SYN" segment recode x --code trust
expect_status 2 "$SYN" segment recode 2
"$SYN" code apply --source int_chrp_021 --code trust --coder ben --start 185 --end 206 >/dev/null
expect_status 1 "$SYN" segment recode 2 --code trust
expect_contains "duplicate refused" "already coded that span" "$ERR"

expect_status 0 "$SYN" segment remove 1 --reason "coded twice"
expect_status 1 "$SYN" segment remove 1
expect_status 0 "$SYN" memo list --format csv
expect_not_contains "the segment's memos went with it" "second thought" "$OUT"
expect_status 0 "$SYN" audit --action segment --format csv
expect_contains "recode audited with before and after" "segment recode,segment 2,\"int_chrp_021 [185,206) determinants/relationships among partners/respect by ben\",\"int_chrp_021 [185,206) determinants/relationships among partners/conflict by ben\",misread" "$OUT"
expect_contains "remove audited" "segment remove,segment 1,\"int_chrp_021 [185,206) determinants/relationships among partners/trust by ana\",,coded twice" "$OUT"
