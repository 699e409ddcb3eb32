# Source import: .txt, .md, .docx and .odt (built here with zip from the
# hand-written XML in tests/data/qual/*_parts), names, lengths in code points,
# and bad input: corrupt .docx, malformed XML, text that is not UTF-8, a
# participant who is not a member; every problem listed, nothing imported.
# Expected lengths and offsets were computed independently with Python
# (len() and str.index() count code points). A text file is stored as
# written, its final newline included (len(open(f).read()): 543 and 233);
# a .docx or .odt gets no newline after its last paragraph.
. "$E2E_LIB"
D="$TESTDATA/qual"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" member add CHRP 021 >/dev/null

expect_status 0 "$SYN" source import "$D/int_chrp_021.txt" --partnership CHRP --kind interview --participant 021 --date 2018-05-02
expect_eq "txt import" "source int_chrp_021 imported (interview, 543 characters)" "$OUT"
expect_status 0 "$SYN" source import "$D/notes_pccp_2017-10.md" --partnership PCCP --kind fieldnotes --language fr --name oct2017
expect_eq "md import, --name, accents count once" "source oct2017 imported (fieldnotes, 233 characters)" "$OUT"

(cd "$D/docx_parts" && zip -q -X -r "$T/int011.docx" '[Content_Types].xml' _rels word)
(cd "$D/odt_parts" && zip -q -X -0 "$T/steering.odt" mimetype && zip -q -X -r "$T/steering.odt" META-INF content.xml)
expect_status 0 "$SYN" source import "$T/int011.docx" "$T/steering.odt" --partnership PCCP --kind document --language fr
expect_status 0 "$SYN" source show int011
expect_eq "docx: paragraphs as lines, tab and break kept, deleted text left out" "Entrevue 011
Intervieweur : Comment se prennent les décisions ?
011 : On vote. Tout le monde	a une voix.

On se fait confiance
depuis le début." "$OUT"
expect_status 0 "$SYN" source show steering
expect_eq "odt: headings, spaces (text:s c=3), tabs, list items, line breaks; notes left out" "Field notes, steering meeting
Chair: opened   the meeting.
Budget	approved by vote.
Next meeting
in six weeks." "$OUT"

expect_status 0 "$SYN" source list --format csv
expect_eq "listing" "name,partnership,kind,participant,language,date,characters,segments
int_chrp_021,CHRP,interview,021,en,2018-05-02,543,0
int011,PCCP,document,,fr,,143,0
oct2017,PCCP,fieldnotes,,fr,,233,0
steering,PCCP,document,,fr,,110,0" "$OUT"

# Positions are code points: "réforme" starts at 141 in the .md file.
expect_status 0 "$SYN" source show oct2017 --start 141 --end 148
expect_eq "slice by code points" "réforme" "$OUT"
expect_status 0 "$SYN" source show oct2017 --paragraphs --format csv
# (a line beginning with "-" carries the spreadsheet guard in CSV: synergist help formats)
expect_contains "paragraph rule: one line, one paragraph; blank lines skipped" "3,95,168,'- Le vote sur le second site est reporté : la réforme change les mandats." "$OUT"

# Bad input: every problem of every file, then nothing imported.
printf '<?xml version="1.0"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\n<w:body><w:p><w:t>open</w:p>\n</w:document>\n' > "$T/document.xml"
mkdir -p "$T/bad/word" && cp "$T/document.xml" "$T/bad/word/document.xml"
(cd "$T/bad" && zip -q -X -r "$T/badxml.docx" word)
expect_status 3 "$SYN" source import "$D/latin1.txt" "$D/corrupt.docx" "$T/badxml.docx" "$D/int_chrp_021.txt" --partnership PCCP --kind document
expect_contains "corrupt docx" "corrupt.docx: not a valid .docx file: not a readable zip archive" "$ERR"
expect_contains "not UTF-8, line and column" "latin1.txt:1:4: not UTF-8 (byte 0xE9)" "$ERR"
expect_contains "second bad line" "latin1.txt:3:7: not UTF-8 (byte 0xFF)" "$ERR"
expect_contains "malformed XML with its position" "badxml.docx(word/document.xml):3:" "$ERR"
expect_contains "name taken" "a source named 'int_chrp_021' already exists" "$ERR"
expect_status 0 "$SYN" source list --format csv
expect_eq "nothing imported" 5 "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')"

expect_status 1 "$SYN" source import "$D/int_chrp_021.txt" --partnership CHRP --kind interview --participant 099 --name x
expect_contains "unknown participant" "no member '099' in partnership CHRP" "$ERR"
expect_status 2 "$SYN" source import "$D/int_chrp_021.txt" --partnership CHRP --kind memo
expect_status 2 "$SYN" source import "$D/int_chrp_021.txt" --partnership CHRP --kind document --language de
expect_status 3 "$SYN" source import "$T/nowhere.txt" --partnership CHRP --kind document
expect_contains "missing file" "nowhere.txt: cannot open the file" "$ERR"
expect_status 3 "$SYN" source import "$T/document.xml" --partnership CHRP --kind document
expect_contains "unknown extension" "unknown kind of file" "$ERR"

expect_status 0 "$SYN" source remove steering --reason "duplicate of the minutes"
expect_status 0 "$SYN" audit --action source --format csv
expect_contains "removal audited with reason" "source remove,steering,\"PCCP document -, 110 characters\",,duplicate of the minutes" "$OUT"
echo "qual_source: ok"
