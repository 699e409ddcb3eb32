# qdpx import of bad projects: every problem listed with its place (the
# archive member and line, or the GUID concerned), exit 3, and the study
# exactly as before (its SQL dump compared before and after): a damaged
# archive, an archive without a project, invalid XML, GUIDs referred to but
# not defined (code, note, user of a coding or of a source, variable,
# source), positions outside their source, selections that cannot be mapped
# (inside a UTF-16 surrogate pair as NVivo counts, between a letter and its
# combining accent), a missing text, a .docx source without the plain text
# its positions count, two projects in one archive, a text in UTF-16. Also a
# bad coder map and bad .qdc codebooks.
. "$E2E_LIB"
export SYNERGIST_USER=tester
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" codebook install >/dev/null
FIX="$TESTDATA/refi-qda"

python3 - "$FIX" "$T" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import qdpx_fixture as fx
out = sys.argv[2]
G = lambda n: "00000000-0000-4000-8000-%012d" % n
raw = "Smile \U0001F600 here. Cafe\u0301 au lait.\r\n"
def project(origin, body, extra=""):
    return f'''<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="{origin}">
<Users><User guid="{G(1)}" name="ana"/></Users>
<CodeBook><Codes><Code guid="{G(10)}" name="A" isCodable="true"/></Codes></CodeBook>
<Variables><Variable guid="{G(20)}" name="age" typeOfVariable="Integer"/></Variables>
{extra}
<Sources><TextSource guid="{G(40)}" name="s1" plainTextPath="internal://{G(40)}.txt">
{body}
</TextSource></Sources>
</Project>'''
def sel(guid, s, e, code=G(10), user=G(1), notes=""):
    return (f'<PlainTextSelection guid="{guid}" startPosition="{s}" endPosition="{e}" creatingUser="{user}">'
            f'<Coding guid="{G(900)}" creatingUser="{user}"><CodeRef targetGUID="{code}"/></Coding>{notes}</PlainTextSelection>\n')
files = {"Sources/%s.txt" % G(40): raw}
# Several problems at once: undefined code, note and user; out of range; inside a surrogate pair (NVivo).
s, e = fx.pos(raw, "\U0001F600", "nvivo")
body = (sel(G(101), 0, 5, code=G(11)) + sel(G(102), 0, 5, notes=f'<NoteRef targetGUID="{G(61)}"/>')
        + sel(G(103), 0, 5, user=G(2)) + sel(G(104), 10, 999) + sel(G(105), s + 1, e))
fx.write(out + "/many.qdpx", project("NVivo 14", body, f'<Cases><Case guid="{G(30)}" name="P1"><SourceRef targetGUID="{G(49)}"/>'
         f'<VariableValue><VariableRef targetGUID="{G(29)}"/><IntegerValue>3</IntegerValue></VariableValue></Case></Cases>').replace(
         'name="s1" plainTextPath', 'name="s1" creatingUser="%s" plainTextPath' % G(3)), files)
# Between a letter and its combining accent (the standard counts code points).
s, e = fx.pos(raw, "Cafe", "standard")
fx.write(out + "/accent.qdpx", project("QualCoder", sel(G(106), s, e)), files)
# Well-formed, every GUID defined, but not valid QDA-XML (the schema of
# data/refi-qda): an attribute the schema does not know, a boolean that is
# not one.
fx.write(out + "/schema.qdpx", project("QualCoder", sel(G(107), 0, 5)).replace(
    '<Code guid="%s" name="A" isCodable="true"/>' % G(10),
    '<Code guid="%s" name="A" isCodable="maybe" colour="red"/>' % G(10)), files)
# Invalid XML.
fx.write(out + "/badxml.qdpx", project("x", "<PlainTextSelection>").replace("</TextSource>", ""), files)
# No project in the archive; the text missing.
fx.write(out + "/noqde.qdpx", "", {}, qde_name="readme.txt")
fx.write(out + "/notext.qdpx", project("x", ""), {})
fx.write(out + "/utf16.qdpx", project("x", ""), {"Sources/%s.txt" % G(40): raw.encode("utf-16")})
fx.write(out + "/docxonly.qdpx", project("x", "").replace('plainTextPath="internal://%s.txt"' % G(40),
         'richTextPath="internal://%s.docx"' % G(40)), {"Sources/%s.docx" % G(40): b"PK\x03\x04"})
fx.write(out + "/twoqde.qdpx", project("x", ""), dict(files, **{"Copy of project.qde": project("x", "")}))
with open(out + "/damaged.qdpx", "wb") as f:
    f.write(b"PK\x03\x04 this is not really a zip archive")
PY

dump(){ sqlite3 "$STUDY" .dump; }
BEFORE=$(dump)
bad(){  # bad FILE NEEDLE...: exit 3, each NEEDLE in the errors, study unchanged
  local f=$1; shift
  expect_status 3 "$SYN" qdpx import "$T/$f" --partnership PCCP
  for needle in "$@"; do expect_contains "$f: $needle" "$needle" "$ERR"; done
  expect_eq "$f: study unchanged" "$BEFORE" "$(dump)"
}
bad many.qdpx \
  "many.qdpx(project.qde):" \
  "Coding 00000000-0000-4000-8000-000000000900: refers to a code GUID that is not defined" \
  "undefined GUID 00000000-0000-4000-8000-000000000011" \
  "NoteRef: undefined GUID 00000000-0000-4000-8000-000000000061" \
  "creatingUser: undefined GUID 00000000-0000-4000-8000-000000000002" \
  "many.qdpx(project.qde):7: creatingUser: undefined GUID 00000000-0000-4000-8000-000000000003" \
  "selection 00000000-0000-4000-8000-000000000104: [10,999) is outside source 's1', which has 31 positions counted as NVivo (UTF-16 code units, CRLF as 2)" \
  "selection 00000000-0000-4000-8000-000000000105: [7,8) of source 's1' cannot be mapped" \
  "SourceRef: undefined GUID 00000000-0000-4000-8000-000000000049" \
  "VariableValue: undefined GUID 00000000-0000-4000-8000-000000000029" \
  "many.qdpx(project.qde):6: not valid QDA-XML: Element 'VariableValue': This element is not expected. Expected is one of ( SourceRef, SelectionRef )."
expect_eq "every problem listed, each once (the schema's too)" 10 "$(echo "$ERR" | grep -c 'synergist: error:')"
# Schema problems alone refuse the import too, each with its line.
bad schema.qdpx \
  "schema.qdpx(project.qde):4: not valid QDA-XML: Element 'Code', attribute 'isCodable': 'maybe' is not a valid value of the atomic type 'xs:boolean'." \
  "schema.qdpx(project.qde):4: not valid QDA-XML: Element 'Code', attribute 'colour': The attribute 'colour' is not allowed."
bad accent.qdpx "selection 00000000-0000-4000-8000-000000000106: [14,18) of source 's1' cannot be mapped"
bad badxml.qdpx "badxml.qdpx(project.qde):" "invalid XML"
bad noqde.qdpx "no .qde project at the root of the archive"
bad notext.qdpx "Sources/00000000-0000-4000-8000-000000000040.txt is not in the archive"
bad utf16.qdpx "utf16.qdpx(00000000-0000-4000-8000-000000000040.txt):1:1: UTF-16 text (its byte-order mark says so); save the file as UTF-8"
expect_eq "UTF-16: one problem, not one per byte" 1 "$(echo "$ERR" | grep -c 'synergist: error:')"
bad docxonly.qdpx "docxonly.qdpx(project.qde):7: TextSource 's1' has only its rich text (richTextPath) and no plain text"
bad twoqde.qdpx "twoqde.qdpx: more than one .qde project at the root of the archive (project.qde, Copy of project.qde)"
bad damaged.qdpx "damaged.qdpx: not a readable zip archive"
expect_status 1 "$SYN" qdpx import "$T/many.qdpx" --partnership NOPE
expect_status 2 "$SYN" qdpx import "$T/many.qdpx"
# In French, each problem and its place.
expect_status 3 env LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" qdpx import "$T/many.qdpx" --partnership PCCP
expect_contains "French problem" "many.qdpx(project.qde):11: sélection 00000000-0000-4000-8000-000000000104 : [10,999) est hors de la source" "$ERR"
expect_eq "French: study unchanged" "$BEFORE" "$(dump)"
# A coder map without its columns: the problem with its line, nothing imported.
printf 'name,who\nAna,ana\n' > "$T/map.csv"
expect_status 3 "$SYN" qdpx import "$T/accent.qdpx" --partnership PCCP --coder-map "$T/map.csv"
expect_contains "coder map header" "map.csv:1: the header must name the columns user and coder" "$ERR"
expect_eq "coder map: study unchanged" "$BEFORE" "$(dump)"

# A bad .qdc codebook: checked against Codebook-mrt2019.xsd (each violation
# with its line, a pattern's braces kept) and read (GUIDs defined twice,
# names missing); nothing added.
cat > "$T/bad.qdc" <<'QDC'
<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="x">
  <Codes>
    <Code guid="11111111-2222-4333-8444-555555555501" name="A" isCodable="true"/>
    <Code guid="11111111-2222-4333-8444-555555555501" name="B" isCodable="true"/>
    <Code guid="nope" isCodable="true"/>
    <Code guid="11111111-2222-4333-8444-555555555503" name="C" isCodable="maybe" colour="red"/>
  </Codes>
</CodeBook>
QDC
expect_status 3 "$SYN" codebook import "$T/bad.qdc"
expect_contains "qdc: GUID twice" "bad.qdc:5: Code B: GUID 11111111-2222-4333-8444-555555555501 is defined twice" "$ERR"
expect_contains "qdc: pattern shown whole" "bad.qdc:6: not valid QDA-XML: Element 'Code', attribute 'guid': [facet 'pattern'] The value 'nope' is not accepted by the pattern '([0-9a-fA-F]{8}-" "$ERR"
expect_contains "qdc: name required" "bad.qdc:6: not valid QDA-XML: Element 'Code': The attribute 'name' is required but missing." "$ERR"
expect_contains "qdc: boolean" "bad.qdc:7: not valid QDA-XML: Element 'Code', attribute 'isCodable': 'maybe' is not a valid value of the atomic type 'xs:boolean'." "$ERR"
expect_contains "qdc: unknown attribute" "bad.qdc:7: not valid QDA-XML: Element 'Code', attribute 'colour': The attribute 'colour' is not allowed." "$ERR"
expect_eq "qdc: study unchanged" "$BEFORE" "$(dump)"
printf '<CodeBook' > "$T/broken.qdc"
expect_status 3 "$SYN" codebook import "$T/broken.qdc"
expect_contains "qdc: invalid XML with line and column" "broken.qdc:1:10: invalid XML" "$ERR"
expect_eq "qdc: study unchanged" "$BEFORE" "$(dump)"
