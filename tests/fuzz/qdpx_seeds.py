"""qdpx_seeds.py: writes the seed corpus of fuzz_qdpx (tests/fuzz/corpus/qdpx/)
from the REFI-QDA fixture builder (tests/data/refi-qda/qdpx_fixture.py).
Each seed is one byte choosing the harness's mode, then the input: 0 and a
whole .qdpx (as the standard, NVivo and ATLAS.ti count positions), or 1 and
the project XML alone (the harness archives it beside Sources/S1.txt).
Usage: python3 tests/fuzz/qdpx_seeds.py   (from the repository's top)
"""
import io, os, sys, zipfile
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "data", "refi-qda"))
import qdpx_fixture as fx

out = os.path.join(here, "corpus", "qdpx")
os.makedirs(out, exist_ok=True)
G = lambda n: "00000000-0000-4000-8000-%012d" % n
# The harness's fixed source text (fuzz_qdpx.c), and a second one.
raw = "Line one caf\u00e9 party\r\nSecond line \U0001F600 ok\r\n"


def project(origin, producer, path):
    sels = ""
    for i, p in enumerate(["caf\u00e9 party", "\U0001F600 ok"]):
        s, e = fx.pos(raw, p, producer)
        sels += ('<PlainTextSelection guid="%s" startPosition="%d" endPosition="%d" creatingUser="%s">'
                 '<Coding guid="%s" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>'
                 '</PlainTextSelection>' % (G(100 + i), s, e, G(1), G(200 + i), G(1), G(10 + i)))
    s, e = fx.pos(raw, "Second", producer)
    sels += ('<PlainTextSelection guid="%s" startPosition="%d" endPosition="%d" creatingUser="%s">'
             '<Description>comment</Description></PlainTextSelection>' % (G(150), s, e, G(1)))
    return f'''<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="seed" origin="{origin}">
<Users><User guid="{G(1)}" name="Ana"/></Users>
<CodeBook><Codes><Code guid="{G(9)}" name="top" isCodable="false"><Description>Top</Description><Code guid="{G(10)}" name="C1" isCodable="true" color="#a1b2c3"/><Code guid="{G(11)}" name="C2" isCodable="true"/></Code></Codes></CodeBook>
<Variables><Variable guid="{G(20)}" name="age" typeOfVariable="Integer"/></Variables>
<Cases><Case guid="{G(30)}" name="P01"><VariableValue><VariableRef targetGUID="{G(20)}"/><IntegerValue>54</IntegerValue></VariableValue><SourceRef targetGUID="{G(40)}"/></Case></Cases>
<Sources><TextSource guid="{G(40)}" name="int1" plainTextPath="{path}">{sels}<NoteRef targetGUID="{G(60)}"/></TextSource>
<TextSource guid="{G(41)}" name="int2"><PlainTextContent>Second source.</PlainTextContent></TextSource></Sources>
<Notes><Note guid="{G(60)}" name="n1" creatingUser="{G(1)}"><PlainTextContent>A note.</PlainTextContent></Note></Notes>
</Project>'''


for producer, origin in [("standard", "QualCoder 3.5"), ("nvivo", "NVivo 14 for Windows"), ("atlas", "ATLAS.ti 23")]:
    buf = io.BytesIO()
    qde = project(origin, producer, "internal://%s.txt" % G(40))
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("project.qde", qde.encode("utf-8"))
        z.writestr("Sources/%s.txt" % G(40), b"\xef\xbb\xbf" + raw.encode("utf-8"))
    open(os.path.join(out, "archive_" + producer), "wb").write(b"\x00" + buf.getvalue())
    open(os.path.join(out, "xml_" + producer), "wb").write(
        b"\x01" + project(origin, producer, "internal://S1.txt").encode("utf-8"))
