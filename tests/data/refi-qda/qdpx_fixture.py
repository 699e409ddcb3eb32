"""qdpx_fixture.py: hand-made REFI-QDA projects (.qdpx) for synergist's tests.

pos(raw, passage, producer, nth=0) -> (start, end): where `passage` (as it
appears in `raw`, the source text as stored in the archive after any
byte-order mark) lies, counted as `producer` counts:
  "standard": Unicode code points (CRLF is two);
  "nvivo":    UTF-16 code units (a character beyond the BMP is two; CRLF two);
  "atlas":    code points with CRLF counted as one (ATLAS.ti, MAXQDA).
write(path, qde_xml, files, qde_name="project.qde"): a zip holding the
project XML and the other members {name: bytes or str}.
"""
import zipfile


def units(text, producer):
    if producer == "nvivo":
        return len(text.encode("utf-16-le")) // 2
    if producer == "atlas":
        return len(text.replace("\r\n", "\n"))
    return len(text)


def pos(raw, passage, producer, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = raw.index(passage, i + 1)
    return units(raw[:i], producer), units(raw[:i + len(passage)], producer)


def write(path, qde_xml, files, qde_name="project.qde"):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(qde_name, qde_xml.encode("utf-8"))
        for name, data in files.items():
            z.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
