# qdpx import: each producer's counting. One source text with a byte-order
# mark, an emoji beyond the BMP, a skin-tone emoji (two code points),
# decomposed accents (NFC joins them when stored), CJK ideographs around
# a Hangul syllable written as three jamo, a Japanese kana with a separate
# voicing mark, a Kannada vowel sign that NFC joins with the one before it
# (a starter that composes), and CRLF line ends; the
# same passages selected as the standard (code points), NVivo (UTF-16 code
# units, CRLF 2) and ATLAS.ti (code points, CRLF 1) write them. Positions
# are computed by tests/data/refi-qda/qdpx_fixture.py with Python's string
# functions; the imported segments must hold exactly the intended passages
# (NFC, CRLF as LF). Also: a selection without a coding becomes a memo on its
# span, NVivo notes in separate files, two sources with one name, Sources/
# matched in any case, any *.qde name, cases becoming members, a .docx
# source read through the plain text the archive carries beside it
# (richTextPath and plainTextPath), a selection with nothing to keep left
# out with a warning (in French too), the descriptions of a source and of
# the project kept as memos. MAXQDA counts as ATLAS.ti does.
. "$E2E_LIB"
export SYNERGIST_USER=tester
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
FIX="$TESTDATA/refi-qda"

python3 - "$FIX" "$T" <<'PY'
import sys, unicodedata
sys.path.insert(0, sys.argv[1])
import qdpx_fixture as fx
out = sys.argv[2]
raw = ("Line one caf\u00e9 \U0001F600 party\r\n"
       "Second line with e\u0301te\u0301 and \U0001F44D\U0001F3FD ok\r\n"
       "Third: nai\u0308ve end\r\n"
       "Fourth \u4e2d\u6587\u1100\u1161\u11a8\u4e2d \u304b\u3099\u304d \u0cb8\u0cbf\u0cd5 done\r\n")
passages = ["\U0001F600 party", "e\u0301te\u0301", "\U0001F44D\U0001F3FD ok\r\nThird", "nai\u0308ve end",
            "\u1100\u1161\u11a8\u4e2d", "\u304b\u3099\u304d", "\u0cb8\u0cbf\u0cd5"]
codes = ["C1", "C2", "C3", "C4", "C5", "C6", "C7"]
G = lambda n: "00000000-0000-4000-8000-%012d" % n
with open(out + "/expected.txt", "w", encoding="utf-8") as f:
    for p in passages:
        f.write(unicodedata.normalize("NFC", p.replace("\r\n", "\n")).replace("\n", "\\n") + "\n")
for name, producer, origin in [("standard", "standard", "QualCoder 3.5"), ("nvivo", "nvivo", "NVivo 14 for Windows"),
                               ("atlas", "atlas", "ATLAS.ti 23"), ("maxqda", "atlas", "MAXQDA 24 (Release 24.1.0)")]:
    sels = ""
    for i, p in enumerate(passages):
        s, e = fx.pos(raw, p, producer)
        sels += ('<PlainTextSelection guid="%s" startPosition="%d" endPosition="%d" creatingUser="%s">'
                 '<Coding guid="%s" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding></PlainTextSelection>\n'
                 % (G(100 + i), s, e, G(1), G(200 + i), G(1), G(10 + i)))
    s, e = fx.pos(raw, "Second line", producer)
    sels += ('<PlainTextSelection guid="%s" startPosition="%d" endPosition="%d" creatingUser="%s">'
             '<Description>MAXQDA-style comment</Description></PlainTextSelection>\n' % (G(150), s, e, G(2)))
    s, e = fx.pos(raw, "Third", producer)
    sels += '<PlainTextSelection guid="%s" startPosition="%d" endPosition="%d"/>\n' % (G(151), s, e)
    code_xml = "".join('<Code guid="%s" name="%s" isCodable="true" color="#%s"/>' % (G(10 + i), c, "a1b2c3") for i, c in enumerate(codes))
    qde = f'''<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="{origin}">
<Users><User guid="{G(1)}" name="Ana N"/><User guid="{G(2)}" name="Bea"/></Users>
<CodeBook><Codes><Code guid="{G(9)}" name="imported" isCodable="false"><Description>Top</Description>{code_xml}</Code></Codes></CodeBook>
<Variables><Variable guid="{G(20)}" name="age" typeOfVariable="Integer"/><Variable guid="{G(21)}" name="kind" typeOfVariable="Text"/></Variables>
<Cases><Case guid="{G(30)}" name="P01"><VariableValue><VariableRef targetGUID="{G(20)}"/><IntegerValue>54</IntegerValue></VariableValue><SourceRef targetGUID="{G(40)}"/></Case></Cases>
<Sources>
<TextSource guid="{G(40)}" name="int1" creatingUser="{G(2)}" richTextPath="internal://{G(40)}.docx" plainTextPath="internal://{G(40).upper()}.txt">
<Description>Interview at the clinic, second visit.</Description>
{sels}<NoteRef targetGUID="{G(60)}"/>
</TextSource>
<TextSource guid="{G(41)}" name="int1"><PlainTextContent>Second source, same name.</PlainTextContent>
<VariableValue><VariableRef targetGUID="{G(21)}"/><TextValue>fieldnotes</TextValue></VariableValue></TextSource>
</Sources>
<Notes><Note guid="{G(60)}" name="n1" creatingUser="{G(2)}" plainTextPath="internal://{G(60)}.txt"/>
<Note guid="{G(61)}" name="n2"><PlainTextContent>A project note.</PlainTextContent></Note></Notes>
<Description>Pilot interviews, first round.</Description>
</Project>'''
    files = {"sources/%s.txt" % G(40): b"\xef\xbb\xbf" + raw.encode("utf-8"),
             "sources/%s.txt" % G(60): "Note kept in its own file (NVivo).",
             "sources/%s.docx" % G(40): b"PK\x03\x04 (the rich text: not read)"}
    fx.write("%s/%s.qdpx" % (out, name), qde, files, qde_name="My Project.qde")
PY

for producer in standard nvivo atlas maxqda; do
  rm -f "$STUDY" "$STUDY"-*
  "$SYN" init >/dev/null
  "$SYN" partnership add PCCP --name P >/dev/null
  expect_status 0 "$SYN" qdpx import "$T/$producer.qdpx" --partnership PCCP
  expect_contains "$producer: counts" "2 sources, 7 segments, 1 span memos, 4 notes, 1 cases; 8 codes (8 new), 1 coders new, 1 members new" "$OUT"
  expect_contains "$producer: duplicate name warned" "a source named 'int1' already exists: imported as 'int1 (2)'" "$ERR"
  expect_contains "$producer: empty selection left out" "selection 00000000-0000-4000-8000-000000000151 of source 'int1' has no coding, description or note: left out" "$ERR"
  expect_status 0 "$SYN" --names segment list --source int1 --format json
  got=$(python3 -c 'import json,sys; [print(r["text"].replace("\n","\\n")) for r in sorted(json.load(sys.stdin), key=lambda r: r["code"])]' <<<"$OUT")
  expect_eq "$producer: segments hold the intended passages" "$(cat "$T/expected.txt")" "$got"
  expect_contains "$producer: coder from the user" '"coder": "Ana N"' "$OUT"
  expect_status 0 "$SYN" --names memo list --format csv
  expect_contains "$producer: selection without coding is a span memo" 'source,"int1 [' "$OUT"
  expect_contains "$producer: its comment, by its user" ",Bea," "$OUT"
  expect_contains "$producer: NVivo note file read" "Note kept in its own file (NVivo)." "$OUT"
  expect_contains "$producer: unreferenced note on the project" "project,,tester," "$OUT"
  expect_contains "$producer: source description a memo by its user" "source,int1,Bea," "$OUT"
  expect_contains "$producer: source description text" "Interview at the clinic, second visit." "$OUT"
  expect_contains "$producer: project description a project memo" "Pilot interviews, first round." "$OUT"
  expect_status 0 "$SYN" source list --format csv
  expect_contains "$producer: case became the participant" "int1,PCCP,interview,P01" "$OUT"
  expect_contains "$producer: kind variable kept" "int1 (2),PCCP,fieldnotes" "$OUT"
  expect_status 0 "$SYN" member show PCCP P01 --format csv
  expect_contains "$producer: case variable as attribute" "age" "$OUT"
  expect_status 0 "$SYN" code list --format csv
  expect_contains "$producer: codes nested under their parent" "imported/C3" "$OUT"
  expect_status 0 "$SYN" source show int1 --start 0 --end 4
  expect_eq "$producer: byte-order mark is not text" "Line" "$OUT"
done
# The span memo covers "Second line" exactly: [22,33) in the stored text
# (Python: "Line one café 😀 party\nSecond line".index("Second") == 22).
expect_status 0 "$SYN" --names memo list --format csv
expect_contains "span memo position" 'source,"int1 [22,33)",Bea,' "$OUT"
# Importing again: codes keep one identity, names are made distinct.
expect_status 0 "$SYN" qdpx import "$T/atlas.qdpx" --partnership PCCP
expect_contains "codes merged by path" "8 codes (0 new), 0 coders new, 0 members new" "$OUT"
# The case's member exists now: it keeps its attributes as the roster has
# them, and a warning says the case's values were not imported.
expect_contains "case kept, warned" "case 'P01' is member P01 of PCCP already: its attributes are kept and the case's 1 variable value is not imported" "$ERR"
expect_contains "renamed again" "imported as 'int1 (3)'" "$ERR"
# --coder-map renames users.
printf 'user,coder\nAna N,ana\n' > "$T/map.csv"
expect_status 0 "$SYN" qdpx import "$T/nvivo.qdpx" --partnership PCCP --coder-map "$T/map.csv"
expect_status 0 "$SYN" segment list --coder ana --format json
expect_eq "mapped coder" 7 "$(python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' <<<"$OUT")"
# In French: the summary and the warnings.
expect_status 0 env LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" qdpx import "$T/maxqda.qdpx" --partnership PCCP
expect_contains "French summary" "2 sources, 7 segments, 1 mémos de passage" "$OUT"
expect_contains "French warning" "existe déjà : importée sous le nom" "$ERR"
