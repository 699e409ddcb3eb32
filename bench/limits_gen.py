#!/usr/bin/env python3
"""limits_gen.py: inputs for bench/limits.sh, written into DIR.
  redcap_N.csv   a REDCap data dictionary of N radio fields (100 scales)
  inst_N.json    a synergist instrument of N items (100 scales)
  source.txt     a text of about MB megabytes (words and paragraphs)
  source.docx    the same text as a .docx
Usage: limits_gen.py DIR N1 N2 MB"""
import json, sys, zipfile

out, n1, n2, mb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
H = ('Variable / Field Name,Form Name,Section Header,Field Type,Field Label,'
     '"Choices, Calculations, OR Slider Labels",Field Note,Text Validation Type OR Show Slider Number,'
     'Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),'
     'Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,'
     'Matrix Ranking?,Field Annotation')
for n in (n1, n2):
    with open(f"{out}/redcap_{n}.csv", "w") as f:
        f.write(H + "\n")
        for i in range(n):
            f.write(f'v{i},f,,radio,"Item {i}","1, No | 2, Some | 3, Yes",,,,,,,,,,,,'
                    f'@SYNERGIST-SCALE=s{i % 100}\n')
    inst = {"synergist_instrument": 1, "id": f"inst{n}",
            "responses": [{"id": "r", "min": 1, "max": 3, "labels": {"en": ["No", "Some", "Yes"]}}],
            "scales": [{"id": f"s{k}"} for k in range(100)],
            "items": [{"id": f"q{i}", "label": f"Item {i}", "response": "r", "scales": [f"s{i % 100}"]}
                      for i in range(n)]}
    with open(f"{out}/inst_{n}.json", "w") as f:
        json.dump(inst, f)
para = ("The partnership met in the spring; members spoke of trust, shared "
        "decisions and the reform that changed their mandates. ") * 8 + "\n"
reps = mb * 1024 * 1024 // len(para)
with open(f"{out}/source.txt", "w") as f:
    for _ in range(reps):
        f.write(para)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
body = "<w:p><w:r><w:t>" + para.strip() + "</w:t></w:r></w:p>"
with zipfile.ZipFile(f"{out}/source.docx", "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("word/document.xml", "w", force_zip64=True) as f:
        f.write(f'<w:document xmlns:w="{W}"><w:body>'.encode())
        chunk = (body * 1000).encode()
        for _ in range(reps // 1000):
            f.write(chunk)
        f.write(b"</w:body></w:document>")
