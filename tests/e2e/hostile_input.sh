# Hostile inputs (each generated here, none stored): every one is refused
# cleanly with its place and the limit it passes, or handled exactly; the
# study is never changed by a refused input.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" member add PCCP m1 >/dev/null
rep(){ python3 -c "import sys; sys.stdout.write(sys.argv[1]*int(sys.argv[2]))" "$1" "$2"; }

# 1. A search query of 20,000 nested parentheses crashed the parser (its
# recursion had no bound): refused by length, and by depth once the length
# limit is raised; 10 levels (the default depth) still work.
Q="$(rep '(' 20000)care$(rep ')' 20000)"
expect_status 2 "$SYN" search "$Q"
expect_contains "query length named" "the longest search query is 4096 bytes (raise it with: synergist setting max_query_length N)" "$ERR"
"$SYN" setting max_query_length 100000 >/dev/null
expect_status 2 "$SYN" search "$Q"
expect_contains "query depth named, at the 11th (" "query, column 11: parentheses nested too deep: the deepest nesting of parentheses in a search query is 10 levels" "$ERR"
expect_status 0 "$SYN" search "$(rep '(' 10)care$(rep ')' 10)"
expect_status 2 "$SYN" setting max_query_depth 100000
"$SYN" setting max_query_length 4096 >/dev/null
# A long chain of terms is one flat FTS5 expression, not 800 nested ones.
expect_status 0 "$SYN" search "$(rep 'care ' 800)"
# Within the default limits, OR, AND and NOT alternating at each of the 10
# levels nest 34 deep in the index's query language, more than its parser
# takes (it stops at 33): that was exit 5 ("fts5: parser stack overflow");
# it is the query's fault, so exit 2 with what to change. 9 levels run.
Q="care OR b c NOT $(rep '(care OR b c NOT ' 10)trusted OR e f NOT g$(rep ')' 10)"
expect_status 2 "$SYN" search "$Q"
expect_contains "too complex, exit 2" "the query is too complex for the search index (34 levels of operators and word forms nested; at most 32)" "$ERR"
expect_not_contains "no backend message" "fts5" "$ERR"
expect_status 0 "$SYN" search "care OR b c NOT $(rep '(care OR b c NOT ' 9)trusted OR e f NOT g$(rep ')' 9)"

# 2. An instrument repeating one item id 2000 times: one problem, at the
# second use, listing the first ten uses with their lines ("and N more");
# not one per pair of items (it took minutes).
python3 - "$T/dup.json" <<'EOF'
import json, sys
items = [{"id": "dup", "label": "x", "response": "r", "scales": ["s"]} for i in range(2000)]
json.dump({"synergist_instrument": 1, "id": "big", "responses": [{"id": "r", "min": 1, "max": 5}],
           "scales": [{"id": "s"}], "items": items}, open(sys.argv[1], "w"), indent=1)
EOF
expect_status 3 "$SYN" instrument import "$T/dup.json"
expect_eq "one problem for the repeated id" 1 "$(echo "$ERR" | grep -c 'is used')"
expect_contains "its uses and lines" "dup.json:26:10: items[1]: id \"dup\" is used 2000 times: items[0] (line 17), items[1] (line 25), items[2] (line 33)" "$ERR"
expect_contains "the rest counted" "items[9] (line 89) and 1990 more" "$ERR"

# 3. REDCap: 3000 rows repeating one variable: one problem, at the second
# row, listing the first ten lines and counting the rest (it was one
# problem per repeated row).
H='Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"Choices, Calculations, OR Slider Labels",Field Note,Text Validation Type OR Show Slider Number,Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix Ranking?,Field Annotation'
{ echo "$H"; for i in $(seq 3000); do echo 'v,f,,radio,"V","1, A | 2, B",,,,,,,,,,,,@SYNERGIST-SCALE=s'; done; } > "$T/rc.csv"
expect_status 3 "$SYN" instrument import "$T/rc.csv"
expect_contains "repeat at its line" "rc.csv:3:1: variable \"v\" is used 3000 times: lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2990 more" "$ERR"
expect_contains "one problem" "1 problem found" "$ERR"

# 4. NUL and other control characters are refused with their place, never
# truncated (m2<NUL>zz was stored as m2).
printf 'id,partnership\nm2\0zz,PCCP\nm3\001,PCCP\nm4\tx,PCCP\n' > "$T/nul.csv"
expect_status 3 "$SYN" member import "$T/nul.csv"
expect_contains "NUL placed" "nul.csv:2:1: control character U+0000 (byte 3 of the field): text cannot hold it" "$ERR"
expect_contains "SOH placed" "nul.csv:3:1: control character U+0001 (byte 3 of the field)" "$ERR"
expect_eq "tab is text" 2 "$(echo "$ERR" | grep -c 'control character')"
printf 'line one\nline \002two\n' > "$T/ctl.txt"
expect_status 3 "$SYN" source import "$T/ctl.txt" --partnership PCCP --kind document
expect_contains "text file control placed" "ctl.txt:2:6: control character U+0002: text cannot hold it" "$ERR"
python3 - "$TESTDATA/survey/tiny.json" "$T/ctl.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d["responses"][0]["labels"]["en"][0] = "n\u0000o"
d["responses"][1]["labels"]["en"][1] = "Y\u0007es"
open(sys.argv[2], "w").write(json.dumps(d, indent=1))
EOF
expect_status 3 "$SYN" instrument import "$T/ctl.json"
expect_contains "JSON NUL escape placed" "ctl.json:32:8: control character U+0000 in a string: text cannot hold it" "$ERR"
expect_contains "JSON BEL escape placed" "ctl.json:54:8: control character U+0007 in a string" "$ERR"

# 5. Memory bounds: a CSV field over 1 MB, a text over the source limit, a
# .docx member inflating past its limit (limits lowered to keep this small).
{ printf 'id,partnership\nm5,"'; rep x 1100000; printf '"\n'; } > "$T/long.csv"
expect_status 3 "$SYN" member import "$T/long.csv"
expect_contains "long field placed" "long.csv:2:2: a field is too long" "$ERR"
expect_contains "long field limit" "the longest CSV field is 1 MB (raise it with: synergist setting max_csv_field_mb N)" "$ERR"
"$SYN" setting max_source_text_mb 1 >/dev/null
"$SYN" setting max_archive_member_mb 2 >/dev/null
rep 'word ' 300000 > "$T/long.txt"
expect_status 3 "$SYN" source import "$T/long.txt" --partnership PCCP --kind document
expect_contains "text limit" "long.txt: the file has 1500000 bytes: the longest source text is 1 MB (raise it with: synergist setting max_source_text_mb N)" "$ERR"
python3 - "$T" <<'EOF'
import sys, zipfile
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
def docx(name, n, body):
    with zipfile.ZipFile(sys.argv[1] + '/' + name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('word/document.xml', '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, body * n))
docx('text.docx', 1500, '<w:p><w:r><w:t>' + 'a' * 1000 + '</w:t></w:r></w:p>')
docx('markup.docx', 100000, '<w:p><w:r><w:rPr><w:b/></w:rPr></w:r></w:p>')
# The same member whose headers claim 1000 bytes: caught while inflating.
import struct
b = bytearray(open(sys.argv[1] + '/markup.docx', 'rb').read())
struct.pack_into('<I', b, b.find(b'PK\x03\x04') + 22, 1000)
struct.pack_into('<I', b, b.find(b'PK\x01\x02') + 24, 1000)
open(sys.argv[1] + '/lie.docx', 'wb').write(b)
EOF
expect_status 3 "$SYN" source import "$T/text.docx" --partnership PCCP --kind document
expect_contains "docx text limit while parsing" "text.docx(word/document.xml):1:" "$ERR"
expect_contains "docx text limit named" ": the text passes 1048576 bytes: the longest source text is 1 MB" "$ERR"
expect_status 3 "$SYN" source import "$T/markup.docx" --partnership PCCP --kind document
expect_contains "member limit" "markup.docx: not a valid .docx file: word/document.xml is 4300113 bytes uncompressed: the largest uncompressed member of a .docx/.odt archive is 2 MB" "$ERR"
expect_status 3 "$SYN" source import "$T/lie.docx" --partnership PCCP --kind document
expect_contains "member limit while inflating" "lie.docx: not a valid .docx file: word/document.xml inflates past 2097152 bytes: the largest uncompressed member" "$ERR"
"$SYN" setting max_archive_total_mb 1 >/dev/null
expect_status 3 "$SYN" source import "$T/text.docx" --partnership PCCP --kind document
expect_contains "total limit" "text.docx: not a valid .docx file: its members add up to" "$ERR"

# 6. JSON nested deeper than the limit is refused where it passes it (the
# 64th [ after the opening brace, at column 33+64).
{ printf '{"synergist_instrument": 1, "x": '; rep '[' 100; rep ']' 100; printf '}\n'; } > "$T/deep.json"
expect_status 3 "$SYN" instrument import "$T/deep.json"
expect_contains "JSON depth placed and named" "deep.json:1:97: nested too deep: the deepest nesting of a JSON file is 64 levels" "$ERR"

after=$(sqlite3 "$STUDY" "SELECT count(*) FROM member; SELECT count(*) FROM source; SELECT count(*) FROM instrument")
expect_eq "nothing imported" "1
0
0" "$after"
echo "hostile_input: ok"
