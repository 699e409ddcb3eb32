# report_evidence_check.py PAGE.html WORKBOOK.xlsx [HREF]: every piece of
# evidence a report page shows or summarises is in the workbook, with the
# counts of the summary. Used by e2e/report_workbook_evidence and
# e2e/report_each. For each finding of the page (<li class="finding"
# data-finding="N">, under its partnership's <h3>; N counts the
# partnership's findings):
#  - the row of sheet findings for that partnership and N has its kind;
#  - a piece listed one by one ("member 012: clinician") is a row of sheet
#    evidence for finding N with that type, reference and text;
#  - a summary "TYPE (n): ..." equals finding N's rows of that type: n of
#    them, each "text count" the number of rows with that text (or the
#    first references and "and K more"), and it links to HREF (when given)
#    naming "PARTNERSHIP finding N".
# Each gap the meeting-cadence chart labels ("561 days") is a flagged row of
# sheet meeting_gaps of its partnership, and every flagged row is labelled.
# English pages (evidence types and separators in English). Prints a
# summary; exits 1 listing every difference.
import html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xlsx_sheets

page, book = open(sys.argv[1]).read(), xlsx_sheets.read(sys.argv[2])
href = sys.argv[3] if len(sys.argv) > 3 else None
bad = []
fnd = {(r["partnership"], int(r["finding"])): r for r in book["findings"]}
ev = {}
for r in book["evidence"]:
    ev.setdefault((r["partnership"], int(r["finding"])), []).append(r)
sec = page[page.find('id="findings"'):]
sec = sec[:sec.find("</section>")]
nFinding = nListed = nSummary = nItems = 0
part = None
for m in re.finditer(r'<h3[^>]*>([^<]*)</h3>|<li class="finding [^"]*" data-kind="([^"]*)" data-finding="(\d+)"[^>]*>(.*?)</details>', sec, re.S):
    if m.group(1) is not None:
        part = html.unescape(m.group(1)); continue
    kind, n, body = m.group(2), int(m.group(3)), m.group(4)
    nFinding += 1
    row = fnd.get((part, n))
    if not row or row["partnership"] != part or row["kind"] != kind:
        bad.append(f"finding {n} ({part} {kind}): sheet findings has {row and (row['partnership'], row['kind'])}")
        continue
    rows = ev.get((part, n), [])
    ul = re.search(r'<ul class="evidence">(.*?)</ul>', body, re.S)
    for li in re.findall(r"<li(?: class=\"evidence-summary\")?>(.*?)</li>", ul.group(1) if ul else "", re.S):
        if "see-workbook" in li:
            nSummary += 1
            text, see = li.split('<span class="see-workbook">')
            sm = re.match(r"(\w+) \((\d+)\): (.*)", html.unescape(text).strip())
            typ, cnt, what = sm.group(1), int(sm.group(2)), sm.group(3)
            of = [r for r in rows if r["type"] == typ]
            nItems += len(of)
            if len(of) != cnt: bad.append(f"finding {n}: page says {typ} ({cnt}), workbook has {len(of)} rows")
            more = re.match(r"(.*) and (\d+) more$", what)
            if more:
                refs = more.group(1).split(", ")
                if refs != [r["reference"] for r in of[:len(refs)]] or int(more.group(2)) != cnt - len(refs):
                    bad.append(f"finding {n}: {what!r} is not the workbook's {[r['reference'] for r in of]}")
            else:
                tally = {}
                for r in of: tally[r["text"] or ""] = tally.get(r["text"] or "", 0) + 1
                said = {t: int(k) for t, k in (re.match(r"(.*) (\d+)$", x).groups() for x in what.split(", "))}
                if said != tally: bad.append(f"finding {n}: page {said}, workbook {tally}")
            if href is not None and (f'href="{href}"' not in see or f"{html.escape(part)} finding {n})" not in see):
                bad.append(f"finding {n}: the summary does not point to {href}, {part} finding {n}: {see}")
        else:
            nListed += 1
            sm = re.match(r"(\w+) (.*?): (.*)$", html.unescape(li), re.S)
            typ, ref, text = sm.groups()
            if not any(r["type"] == typ and r["reference"] == ref and (r["text"] or "") == text for r in rows):
                bad.append(f"finding {n}: {typ} {ref}: {text!r} is not in sheet evidence")

gaps = {}
for r in book["meeting_gaps"]:
    if r["flagged"] == "yes": gaps.setdefault(r["partnership"], []).append(int(r["days"]))
nGap = 0
for g in re.finditer(r'<g class="cadence-row" data-row="([^"]*)">(.*?)</g>', page, re.S):
    p = html.unescape(g.group(1))
    shown = sorted(int(x) for x in re.findall(r'class="gap-label"[^>]*>(\d+) days<', g.group(2)))
    nGap += len(shown)
    if shown != sorted(gaps.get(p, [])): bad.append(f"{p}: chart labels gaps {shown}, workbook flags {sorted(gaps.get(p, []))}")

print(f"findings {nFinding}: {nListed} pieces listed, {nSummary} summaries of {nItems} pieces, {nGap} gaps labelled")
if nFinding == 0 or nSummary == 0: bad.append("no finding or no summary on the page")
for b in bad: print("FAIL:", b)
sys.exit(1 if bad else 0)
