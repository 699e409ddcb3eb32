# Codes come in codebook order (as added: trust, then governance).
# Framework matrix, charted summaries, synthesis and co-occurrence on three
# small sources. Lengths and offsets by Python (len, str.index) on the files:
#   mx_pccp_011 (interview, 120 chars): trust [0,20) by ana and ben;
#     governance "Dana Whitfield chairs ... decision" [21,82) by ana
#   mx_pccp_notes (field notes, 76 chars): trust [60,75) by ana
#   mx_chrp_011 (interview, 69 chars): governance [27,52) by ana
# Coverage = characters coded (union over coders) / the row's characters:
#   PCCP trust (20+15)/196 = 17.9%, governance 61/196 = 31.1%,
#   relationships (20+61+15)/196 = 49.0%; CHRP governance 25/69 = 36.2%.
. "$E2E_LIB"
D="$TESTDATA/qual"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" member add PCCP 011 --name "Dana Whitfield" --group "decision maker" >/dev/null
"$SYN" member add CHRP 011 --group clinician >/dev/null
"$SYN" source import "$D/mx_pccp_011.txt" --partnership PCCP --kind interview --participant 011 >/dev/null
"$SYN" source import "$D/mx_pccp_notes.txt" --partnership PCCP --kind fieldnotes >/dev/null
"$SYN" source import "$D/mx_chrp_011.txt" --partnership CHRP --kind interview --participant 011 >/dev/null
"$SYN" code add relationships >/dev/null
"$SYN" code add trust --parent relationships >/dev/null
"$SYN" code add governance --parent relationships >/dev/null
"$SYN" coder add ana >/dev/null
"$SYN" coder add ben >/dev/null
q(){ "$SYN" code apply --source "$1" --code "$2" --coder "$3" --quote "$4" >/dev/null; }
q mx_pccp_011 trust ana "We trust each other."
q mx_pccp_011 trust ben "We trust each other."
q mx_pccp_011 governance ana "Dana Whitfield chairs the table and we vote on every decision"
q mx_pccp_notes trust ana "trust came back"
q mx_chrp_011 governance ana "the research team decides"

expect_status 0 "$SYN" matrix --codes relationships --format csv
expect_eq "matrix by partnership" "row,code,segments,sources,coverage,summary
CHRP,relationships,1,1,36.2,
CHRP,relationships/governance,1,1,36.2,
PCCP,relationships,4,2,49.0,
PCCP,relationships/trust,3,2,17.9,
PCCP,relationships/governance,1,1,31.1," "$OUT"

# One coder only: ben's single segment.
expect_status 0 "$SYN" matrix --codes trust --coder ben --format csv
expect_eq "one coder" "row,code,segments,sources,coverage,summary
PCCP,relationships/trust,1,1,10.2," "$OUT"

# Rows by participant and by a member characteristic (interviews only): 20/120 = 16.7%.
expect_status 0 "$SYN" matrix --rows participant --codes trust --format csv
expect_eq "participant rows" "row,code,segments,sources,coverage,summary
PCCP/011,relationships/trust,2,1,16.7," "$OUT"
expect_status 0 "$SYN" matrix --rows stakeholder_group --codes governance --format csv
expect_eq "group rows" "row,code,segments,sources,coverage,summary
clinician,relationships/governance,1,1,36.2,
decision maker,relationships/governance,1,1,50.8," "$OUT"
expect_status 1 "$SYN" matrix --rows shoe_size
expect_contains "unknown row kind" "shoe_size" "$ERR"

# Quotes are attributed (011, PCCP) and pseudonymised unless --names.
expect_status 0 "$SYN" matrix --codes governance --quotes 1 --format csv
expect_contains "pseudonymised quote" '""[011] chairs the table and we vote on every decision"" (011, PCCP)' "$OUT"
expect_not_contains "no real name" "Whitfield" "$OUT"
expect_status 0 "$SYN" --names matrix --codes governance --quotes 1
expect_contains "--names keeps it" '"Dana Whitfield chairs the table and we vote on every decision" (011, PCCP)' "$OUT"

# Charted summaries: saved, audited, shown, escaped in HTML, removed.
expect_status 0 "$SYN" matrix summarize PCCP trust --text '<b>Trust</b> & "votes" rebuilt' --reason "first charting"
expect_status 0 "$SYN" matrix --codes trust --format csv
expect_eq "summary in the matrix" 'row,code,segments,sources,coverage,summary
PCCP,relationships/trust,3,2,17.9,"<b>Trust</b> & ""votes"" rebuilt"' "$OUT"
expect_status 0 "$SYN" audit --action "summary" --format csv
expect_contains "audited" 'summary edit,partnership PCCP x relationships/trust,,"<b>Trust</b> & ""votes"" rebuilt",first charting' "$OUT"
expect_status 0 "$SYN" matrix summarize PCCP trust --text '<b>Trust</b> & "votes" rebuilt'
expect_contains "same text: unchanged" "unchanged" "$OUT"
expect_status 0 "$SYN" matrix --html "$T/m.html"
H=$(cat "$T/m.html")
expect_contains "escaped summary" "&lt;b&gt;Trust&lt;/b&gt; &amp; &quot;votes&quot; rebuilt" "$H"
expect_not_contains "no raw markup from data" "<b>Trust" "$H"
expect_contains "counts in the page" "3 segments, 2 sources, 17.9% coverage" "$H"
expect_status 1 "$SYN" matrix summarize PCCX trust --text x
expect_contains "rows listed" "rows: CHRP, PCCP" "$ERR"
expect_status 1 "$SYN" matrix summarize PCCP nosuch --text x
expect_status 2 "$SYN" matrix summarize PCCP trust
expect_status 0 "$SYN" matrix summarize PCCP/011 trust --rows participant --text "Values trust"
expect_status 0 "$SYN" matrix --rows participant --codes trust --format csv
expect_contains "participant summary" "PCCP/011,relationships/trust,2,1,16.7,Values trust" "$OUT"

# Synthesis: factors down, partnerships across.
expect_status 0 "$SYN" synthesis --codes relationships --quotes 1 --format csv
expect_eq "synthesis" 'category,factor,CHRP,PCCP
relationships,trust,,"<b>Trust</b> & ""votes"" rebuilt
""We trust each other."" (011, PCCP)"
relationships,governance,"""the research team decides"" (011, CHRP)","""[011] chairs the table and we vote on every decision"" (011, PCCP)"' "$OUT"
expect_status 0 "$SYN" synthesis --html -
expect_contains "synthesis page" "<h1>Cross-case synthesis</h1>" "$OUT"
expect_status 0 "$SYN" matrix summarize PCCP trust --clear
expect_contains "removed" "removed" "$OUT"

# Co-occurrence: trust and governance share mx_pccp_011's only paragraph but
# do not overlap ([0,20) and [21,82)); paragraphs with either: 3 (that one,
# the note's for trust, mx_chrp_011's for governance), so Jaccard 1/3.
expect_status 0 "$SYN" cooccurrence --format csv
expect_eq "cooccurrence" "code_a,code_b,overlaps,overlap_jaccard,paragraphs,paragraph_jaccard
relationships/trust,relationships/governance,0,0.000,1,0.333" "$OUT"
echo "matrix_basic: ok"
