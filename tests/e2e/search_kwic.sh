# Search: accent- and case-insensitive stemmed matching across English and
# French sources, phrases, operators, prefix, keyword-in-context output with
# code point positions, filters, the CSV columns, bad queries, reindexing.
# Expected positions and contexts were computed independently with Python
# (str.find on the same files; Python indexes strings by code point).
. "$E2E_LIB"
D="$TESTDATA/search"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" member add PCCP 011 >/dev/null
"$SYN" member add CHRP 021 >/dev/null
"$SYN" source import "$D/pccp_int_011.txt" --partnership PCCP --kind interview --participant 011 --language fr >/dev/null
"$SYN" source import "$D/chrp_int_021.txt" --partnership CHRP --kind interview --participant 021 >/dev/null

expect_status 0 "$SYN" search décisions --context 10 --format csv
expect_eq "décisions finds decision(s) in both languages, positions in code points" \
'source,partnership,participant,start,end,context
pccp_int_011,PCCP,011,28,37,…mment les [décisions] sont-elle…
pccp_int_011,PCCP,011,309,317,"…, mais la [décision] finale ét…"
chrp_int_021,CHRP,021,22,31,… How were [decisions] made in t…
chrp_int_021,CHRP,021,277,285,…t. Shared [decision]-making ca…' "$OUT"

expect_status 0 "$SYN" search DECISION --context 10 --format csv
expect_eq "case and accents do not matter" 5 "$(printf '%s\n' "$OUT" | wc -l)"

expect_status 0 "$SYN" search trusted --partnership CHRP --context 10 --format csv
expect_eq "stemming: trusted finds Trust and trusted; --partnership filters" \
'source,partnership,participant,start,end,context
chrp_int_021,CHRP,021,135,140,021: [Trust] took time…
chrp_int_021,CHRP,021,155,162,… time. We [trusted] the coord…' "$OUT"

expect_status 0 "$SYN" search '"shared decision"' --format csv
expect_eq "phrase" 'chrp_int_021,CHRP,021,270,285' "$(printf '%s\n' "$OUT" | sed -n 2p | cut -d, -f1-5)"

expect_status 0 "$SYN" search 'budget NOT conflit' --format csv
expect_eq "NOT excludes the French paragraph with conflit" 'chrp_int_021,CHRP,021,262,268' \
  "$(printf '%s\n' "$OUT" | sed -n '2,$p' | cut -d, -f1-5)"

expect_status 0 "$SYN" search 'conflit OR disagreed' --format csv
expect_eq "OR" 'pccp_int_011,278,285
chrp_int_021,242,251' "$(printf '%s\n' "$OUT" | sed -n '2,$p' | cut -d, -f1,4,5)"

expect_status 0 "$SYN" search 'désaccord*' 'disagree*' --format csv
expect_eq "prefix; words on the command line are one query (AND within a paragraph)" '' \
  "$(printf '%s\n' "$OUT" | sed -n '2,$p')"
expect_status 0 "$SYN" search '(désaccord* OR disagree*)' --format csv
expect_eq "prefix finds désaccords, disagreements, disagreed" 'pccp_int_011,246,256
chrp_int_021,219,232
chrp_int_021,242,251' "$(printf '%s\n' "$OUT" | sed -n '2,$p' | cut -d, -f1,4,5)"

expect_status 0 "$SYN" search confiance --format json --context 10
expect_contains "json output" '"context": "011 : La [confiance] s'"'"'est con…"' "$OUT"
expect_contains "json numbers" '"start": 162,
    "end": 171,' "$OUT"

expect_status 0 "$SYN" search décisions --limit 1 --format csv
expect_eq "--limit reads N paragraphs" 2 "$(printf '%s\n' "$OUT" | wc -l)"
expect_contains "--limit note" "more paragraphs match" "$ERR"

expect_status 2 "$SYN" search 'trust AND'
expect_contains "bad query: position" "query, column 10: a word or phrase is missing at the end" "$ERR"
expect_status 2 "$SYN" search 'NOT trust'
expect_contains "leading NOT" "NOT needs a term before it" "$ERR"
expect_status 2 "$SYN" search
# The same mistakes in French (po/fr.po): every syntax error of the query
# language is French inside the French line, with its column.
fr_err(){
  expect_status 2 env LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" search "$1"
  expect_contains "French: $2" "synergist: error: requête, colonne $2" "$ERR"
}
fr_err 'trust AND' '10 : un mot ou une expression manque à la fin'
fr_err 'NOT trust' '1 : NOT demande un terme avant lui (a NOT b)'
fr_err 'trust AND AND x' '11 : un mot ou une expression manque ici'
fr_err '"shared trust' '1 : une expression ouverte par " n’est pas fermée'
fr_err '"!!"' '2 : l’expression n’a ni lettre ni chiffre à chercher'
fr_err '!!' '1 : ceci n’a ni lettre ni chiffre à chercher'
fr_err '(trust' '1 : cette ( n’est pas fermée'
fr_err 'trust)' '6 : cette ) n’a pas de ( correspondante'
fr_err ' ' '1 : la requête est vide'
# --explain prints the parsed query (operators, then each term with the
# forms it matches), never the index's own syntax.
expect_status 0 "$SYN" search --explain 'décisions OR "shared trust" NOT confian*'
expect_eq "explain shows the tree" 'OR
  décisions: decis
  NOT
    "shared trust": "share trust" | "shared trust"
    confian*: confian*' "$OUT"
expect_status 0 "$SYN" search zzzunknownword
expect_contains "no hits" "no hits" "$ERR"

expect_status 0 "$SYN" search --reindex
expect_eq "reindex" "search index rebuilt: 2 sources" "$OUT"
expect_status 0 "$SYN" search décisions --format csv
expect_eq "same hits after reindex" 5 "$(printf '%s\n' "$OUT" | wc -l)"

expect_status 0 "$SYN" source remove pccp_int_011
expect_status 0 "$SYN" search décisions --format csv
expect_eq "a removed source leaves the index" 3 "$(printf '%s\n' "$OUT" | wc -l)"
