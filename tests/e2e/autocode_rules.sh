# Auto-coding: word, phrase and regular-expression rules produce suggestions
# (paragraph or hit scope) that count as coding only once accepted; accept
# and reject one by one or in bulk; nothing suggested twice; bad rules and
# unknown coders are errors that change nothing.
# Expected ranges were computed independently with Python on the same files
# (paragraph = a line without its surrounding white space; str.find for hits).
. "$E2E_LIB"
D="$TESTDATA/search"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" source import "$D/pccp_int_011.txt" --partnership PCCP --kind interview --language fr >/dev/null
"$SYN" source import "$D/chrp_int_021.txt" --partnership CHRP --kind interview >/dev/null
"$SYN" code add trust >/dev/null
"$SYN" code add conflict >/dev/null
"$SYN" code add decisions >/dev/null
"$SYN" coder add anna >/dev/null

expect_status 0 "$SYN" autocode rule add trust --words "confiance trusted"
expect_eq "rule added" "rule 1 added" "$OUT"
expect_status 0 "$SYN" autocode rule add conflict --regex '(?i)\bdisagree\w*|conflit' --scope hit
expect_status 0 "$SYN" autocode rule add decisions --phrase "shared decision"
expect_status 2 "$SYN" autocode rule add conflict --regex 'disagree(' 
expect_contains "bad regex: column" "regular expression, column 10: missing closing parenthesis" "$ERR"
expect_status 2 "$SYN" autocode rule add conflict --words "?!"
expect_status 2 "$SYN" autocode rule add conflict --words a --phrase b
expect_status 1 "$SYN" autocode rule add nosuchcode --words a
expect_contains "unknown code" "no code 'nosuchcode'" "$ERR"

expect_status 0 "$SYN" autocode run --format csv
expect_eq "new suggestions per rule" 'rule,code,kind,pattern,new_suggestions
1,trust,words,confiance trusted,2
2,conflict,regex,(?i)\bdisagree\w*|conflit,3
3,decisions,phrase,shared decision,1' "$OUT"

expect_status 0 "$SYN" suggest list --format csv
expect_eq "pending suggestions: paragraphs for words/phrase, hits for the regex" \
'id,source,partnership,code,start,end,origin,rule,score,status,text
1,chrp_int_021,CHRP,trust,130,200,rule,1,,pending,"021: Trust took time. We trusted the coordinator, less so..."
3,chrp_int_021,CHRP,conflict,219,232,rule,2,,pending,disagreements
2,chrp_int_021,CHRP,decisions,234,304,rule,3,,pending,021: We disagreed about the budget. Shared decision-making...
4,chrp_int_021,CHRP,conflict,242,251,rule,2,,pending,disagreed
5,pccp_int_011,PCCP,trust,153,222,rule,1,,pending,"011 : La confiance s'"'"'est construite lentement, réunion après..."
6,pccp_int_011,PCCP,conflict,278,285,rule,2,,pending,conflit' "$OUT"

expect_status 0 "$SYN" segment list --format csv
expect_eq "suggestions are not coding" 1 "$(printf '%s\n' "$OUT" | wc -l)"

expect_status 1 "$SYN" suggest accept 1 2 --coder nobody
expect_contains "unknown coder" "nobody" "$ERR"
expect_status 1 "$SYN" suggest accept 1 99 --coder anna
expect_contains "unknown id" "no suggestion 99" "$ERR"
expect_status 0 "$SYN" segment list --format csv
expect_eq "a failed accept changes nothing" 1 "$(printf '%s\n' "$OUT" | wc -l)"

expect_status 0 "$SYN" suggest accept 1 5 --coder anna
expect_eq "accept two" "2 suggestions accepted" "$OUT"
expect_status 0 "$SYN" suggest reject 2 --coder anna
expect_status 0 "$SYN" suggest accept --all --code conflict --source chrp_int_021 --coder anna
expect_eq "accept in bulk with filters" "2 suggestions accepted" "$OUT"
expect_status 1 "$SYN" suggest accept 1 --coder anna
expect_contains "decided once" "already accepted" "$ERR"

expect_status 0 "$SYN" segment list --format csv
expect_eq "accepted suggestions are segments" 5 "$(printf '%s\n' "$OUT" | wc -l)"
expect_contains "segment of the accepted paragraph" "chrp_int_021" "$OUT"

expect_status 0 "$SYN" suggest list --status all --format csv
expect_eq "statuses" 'accepted
accepted
rejected
accepted
accepted
pending' "$(printf '%s\n' "$OUT" | sed -n '2,$p' | cut -d, -f10)"

expect_status 0 "$SYN" autocode run --format csv
expect_eq "nothing suggested twice (accepted, rejected or pending)" 'new_suggestions
0
0
0' "$(printf '%s\n' "$OUT" | cut -d, -f5)"

expect_status 0 "$SYN" autocode rule list --format csv
expect_eq "rule list with decisions" 'id,code,kind,pattern,scope,pending,accepted,rejected
1,trust,words,confiance trusted,paragraph,0,2,0
2,conflict,regex,(?i)\bdisagree\w*|conflit,hit,1,2,0
3,decisions,phrase,shared decision,paragraph,0,0,1' "$OUT"
expect_status 0 "$SYN" autocode rule remove 3
expect_status 0 "$SYN" audit
expect_contains "rules are audited" "autocode rule remove" "$OUT"
expect_contains "rejections are audited" "suggestion reject" "$OUT"
