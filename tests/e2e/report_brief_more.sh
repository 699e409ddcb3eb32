# report_brief_more.sh: the briefing's "What changed" shows the three most
# severe findings even when they are of one kind (one per kind first, the
# next ones filling the places left), and when more concerns or warnings
# are open, one line says how many more and links to the partnership's
# findings. A generated programme (bench/programme_gen.py, 40 partnerships
# x 4 waves x 12 members, seed 1): counts of open concerns and warnings
# from `diagnose --format json` (levers aside); every briefing whose
# partnership has three or more shows three, and the "more" line says the
# rest (P0018: 13 open, so 10 more), in English and French.
. "$E2E_LIB"
export SYNERGIST_TODAY=2014-06-30
G="$T/gen"
programme_gen "$G" 40 4 12
programme_import "$G"
"$SYN" --format json diagnose >"$T/f.json"
expect_status 0 "$SYN" report --all --out "$T/en.html"
expect_status 0 "$SYN" report --all --lang fr --out "$T/fr.html"
python3 - "$T/f.json" "$T/en.html" "$T/fr.html" <<'PY' || fail "briefings and open findings differ"
import json, re, sys
from collections import Counter
nOpen = Counter(f["partnership"] for f in json.load(open(sys.argv[1]))
                if f["open"] and f["kind"] != "levers" and f["severity"] in ("concern", "warning"))
assert nOpen["P0018"] == 13, nOpen["P0018"]
bad = []
for path, more in ((sys.argv[2], r"and (\d+) more open concerns? or warnings? in the findings below"),
                   (sys.argv[3], r"et (\d+) autres? préoccupations? ou avertissements? ouverts? dans les constats ci-dessous")):
    page = open(path).read()
    for art in re.findall(r'<article class="brief".*?</article>', page, re.S):
        p = re.search(r'id="brief-([^"]+)"', art).group(1)
        ul = re.search(r'<ul class="brief-findings">(.*?)</ul>', art, re.S)
        shown = re.findall(r'<li class="sev-(\w+)">(.*?)</li>', ul.group(1), re.S) if ul else []
        m = re.search(r'<p class="brief-more"><a href="#findings-%s">%s</a></p>' % (p, more), art)
        n = nOpen[p]
        if n >= 3 and len(shown) != 3: bad.append(f"{path} {p}: {len(shown)} shown of {n} open")
        want = n - sum(1 for s, t in shown if s in ("concern", "warning") and "(earlier)" not in t and "(auparavant)" not in t)
        if want > 0 and (not m or int(m.group(1)) != want): bad.append(f"{path} {p}: more line {m and m.group(1)} for {want}")
        if want == 0 and m: bad.append(f"{path} {p}: a more line with nothing more")
        if m and f'<h3 id="findings-{p}">' not in page: bad.append(f"{path} {p}: no findings anchor")
print("\n".join(bad)); sys.exit(1 if bad else 0)
PY
expect_contains "P0018 more line" '<p class="brief-more"><a href="#findings-P0018">and 10 more open concerns or warnings in the findings below</a></p>' "$(cat "$T/en.html")"
echo ok
