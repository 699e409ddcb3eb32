# code merge moves auto-coding rules and suggestions to the target code:
# rules are re-pointed (a rule the target already has is dropped and its
# suggestions go to the target's twin); suggestions are re-pointed, dropping
# one that duplicates a suggestion of the target (same range) and a pending
# one whose range a segment of the target already covers; decided ones keep
# their status, so a rejected range is not suggested again.
# Paragraph ranges by Python on tests/data/qual/merge_notes.txt (a paragraph
# is a line): P1 [0,42) P2 [43,92) P3 [93,156) P4 [157,185) P5 [186,230)
# P6 [231,265); "budget" [178,184).
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" source import "$TESTDATA/qual/merge_notes.txt" --partnership PCCP --kind fieldnotes >/dev/null
"$SYN" code add "team spirit" >/dev/null
"$SYN" code add atmosphere >/dev/null
"$SYN" coder add ana >/dev/null
"$SYN" autocode rule add "team spirit" --words spirit >/dev/null                # rule 1
"$SYN" autocode rule add "team spirit" --words together >/dev/null              # rule 2
"$SYN" autocode rule add "team spirit" --regex budget --scope hit >/dev/null    # rule 3
"$SYN" autocode rule add atmosphere --words strong >/dev/null                   # rule 4
"$SYN" code apply --source merge_notes --code atmosphere --coder ana --start 43 --end 92 >/dev/null
"$SYN" autocode run >/dev/null
expect_status 0 "$SYN" suggest list --format csv
expect_eq "before the merge" 'id,source,partnership,code,start,end,origin,rule,score,status,text
2,merge_notes,PCCP,atmosphere,0,42,rule,4,,pending,The team spirit was strong at the retreat.
1,merge_notes,PCCP,team spirit,0,42,rule,1,,pending,The team spirit was strong at the retreat.
3,merge_notes,PCCP,team spirit,43,92,rule,2,,pending,We worked together on the grant and it felt good.
4,merge_notes,PCCP,team spirit,93,156,rule,1,,pending,"Spirit dipped when the funding stopped, but we stayed..."
7,merge_notes,PCCP,team spirit,178,184,rule,3,,pending,budget
5,merge_notes,PCCP,team spirit,186,230,rule,2,,pending,"Together again in spring, with a new spirit."
6,merge_notes,PCCP,team spirit,231,265,rule,2,,pending,We ate together after the meeting.' "$OUT"
"$SYN" suggest reject 7 --coder ana >/dev/null
"$SYN" autocode rule add atmosphere --words spirit >/dev/null                   # rule 5, twin of rule 1

expect_status 0 "$SYN" code merge "team spirit" --into atmosphere
# 1 (P1) duplicates atmosphere's suggestion 2; 3 (P2) is coded by segment 1;
# 4 follows rule 1 to its twin, rule 5; the rejected 7 stays rejected.
expect_status 0 "$SYN" suggest list --status all --format csv
expect_eq "after the merge" 'id,source,partnership,code,start,end,origin,rule,score,status,text
2,merge_notes,PCCP,atmosphere,0,42,rule,4,,pending,The team spirit was strong at the retreat.
4,merge_notes,PCCP,atmosphere,93,156,rule,5,,pending,"Spirit dipped when the funding stopped, but we stayed..."
7,merge_notes,PCCP,atmosphere,178,184,rule,3,,rejected,budget
5,merge_notes,PCCP,atmosphere,186,230,rule,2,,pending,"Together again in spring, with a new spirit."
6,merge_notes,PCCP,atmosphere,231,265,rule,2,,pending,We ate together after the meeting.' "$OUT"
expect_status 0 "$SYN" autocode rule list --format csv
expect_eq "rules moved, the twin dropped" 'id,code,kind,pattern,scope,pending,accepted,rejected
2,atmosphere,words,together,paragraph,2,0,0
3,atmosphere,regex,budget,hit,0,0,1
4,atmosphere,words,strong,paragraph,1,0,0
5,atmosphere,words,spirit,paragraph,1,0,0' "$OUT"
expect_status 0 "$SYN" autocode run --format csv
expect_eq "nothing suggested twice, the rejected range not again" 'rule,code,kind,pattern,new_suggestions
2,atmosphere,words,together,0
3,atmosphere,regex,budget,0
4,atmosphere,words,strong,0
5,atmosphere,words,spirit,0' "$OUT"
expect_status 0 "$SYN" audit --format csv
expect_contains "the merge is audited with what moved" \
  "2 auto-coding rules and 4 suggestions moved, 3 duplicates dropped" "$OUT"
# A moved suggestion can still be accepted: it codes the target.
expect_status 0 "$SYN" suggest accept 6 --coder ana
expect_status 0 "$SYN" segment list --code atmosphere --format csv
expect_contains "accepted on the target" ",atmosphere,ana,231,265" "$OUT"
echo "autocode_merge: ok"
