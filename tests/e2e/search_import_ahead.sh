# Import reads, normalises and tokenizes its files ahead on a second thread
# and the index replays those words: what it holds must be what tokenizing
# while indexing gives. Several English and French files (accents, NFD
# input, CRLF, one with every problem) are imported in one command; every
# query gives the same hits before and after `search --reindex` (which
# tokenizes each paragraph again), and a failing file still leaves nothing.
. "$E2E_LIB"
D="$TESTDATA/search"
Q="$TESTDATA/qual"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
mkdir "$T/in"
for i in 1 2 3; do
  cp "$D/pccp_int_011.txt" "$T/in/fr_$i.txt"
  cp "$Q/notes_pccp_2017-10.md" "$T/in/notes_$i.md"
done
# NFD and CRLF: stored (and indexed) as NFC with LF.
printf 'R\xc3\xa9union : les de\xcc\x81cisions\r\nsont prises.\r\n' > "$T/in/nfd.txt"
expect_status 0 "$SYN" source import "$T"/in/*.txt "$T"/in/*.md --partnership PCCP --kind document --language fr
expect_eq "seven sources imported" 7 "$(printf '%s\n' "$OUT" | grep -c imported)"
expect_status 0 "$SYN" source show nfd
expect_eq "NFC, LF" "$(printf 'R\xc3\xa9union : les d\xc3\xa9cisions\nsont prises.')" "$OUT"

queries=("décisions" "DECISION" "réunion*" '"les décisions"' "confiance OR réforme" "vote NOT réforme" "partenai*")
hits(){ for q in "${queries[@]}"; do "$SYN" search "$q" --format csv; done; }
BEFORE=$(hits)
expect_contains "hits found (positions by Python str.find)" "nfd,PCCP,,14,23," "$BEFORE"
expect_status 0 "$SYN" search --reindex
AFTER=$(hits)
expect_eq "same hits from the replayed words as from tokenizing again" "$BEFORE" "$AFTER"

# A bad file among good ones: every problem reported, nothing imported.
expect_status 3 "$SYN" source import "$D/chrp_int_021.txt" "$Q/latin1.txt" "$T/in/fr_1.txt" --partnership PCCP --kind document
expect_contains "bad file reported" "latin1.txt:1:4: not UTF-8" "$ERR"
expect_contains "name taken reported" "a source named 'fr_1' already exists" "$ERR"
expect_status 0 "$SYN" source list --format csv
expect_eq "nothing imported" 8 "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')"
echo "search_import_ahead: ok"
