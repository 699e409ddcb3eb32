# xlsx_sheets.py: the sheets of an .xlsx workbook as lists of rows, for the
# end-to-end tests (python3 standard library: zipfile and ElementTree).
#   import xlsx_sheets; book = xlsx_sheets.read(PATH)
#   book["findings"] -> [{"finding": 1.0, "partnership": "CHRP", ...}, ...]
# Each sheet's first row names the columns; a cell is placed by its
# reference (B7), so an empty cell stays empty (None) instead of shifting
# the row; numbers come back as float, text as str.
import re, zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "p": "http://schemas.openxmlformats.org/package/2006/relationships"}

def _col(ref):
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1

def _text(el):
    return "".join(t.text or "" for t in el.iter("{%s}t" % NS["m"]))

def grids(path):
    """{sheet name: [[cell, ...], ...]} with the header row first."""
    z = zipfile.ZipFile(path)
    names = z.namelist()
    strings = []
    if "xl/sharedStrings.xml" in names:
        strings = [_text(si) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).findall("p:Relationship", NS)}
    out = {}
    for sh in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", NS).findall("m:sheet", NS):
        target = rels[sh.get("{%s}id" % NS["r"])]
        root = ET.fromstring(z.read("xl/" + target.lstrip("/").replace("xl/", "", 1)))
        grid = []
        for row in root.iter("{%s}row" % NS["m"]):
            vals = {}
            for c in row.findall("m:c", NS):
                v = c.find("m:v", NS)
                if c.get("t") == "s" and v is not None:
                    x = strings[int(v.text)]
                elif c.get("t") == "inlineStr":
                    x = _text(c)
                elif v is not None:
                    x = float(v.text)
                else:
                    x = None
                vals[_col(c.get("r"))] = x
            grid.append([vals.get(i) for i in range(max(vals) + 1)] if vals else [])
        out[sh.get("name")] = grid
    return out

def read(path):
    """{sheet name: [{column: cell}, ...]}"""
    book = {}
    for name, grid in grids(path).items():
        head = grid[0] if grid else []
        book[name] = [{h: (r[i] if i < len(r) else None) for i, h in enumerate(head)} for r in grid[1:]]
    return book
