# report_brief_current.sh: the briefing's "What changed" tells what stands
# now: still-current findings first, findings of earlier waves or years
# (marked "(earlier)") only filling what the current ones leave. In the
# demo, CHRP has three current findings in followup2 (decision making in
# the concern band, one broker, one hub: `diagnose`, open), so its 2015-16
# meeting gap, a concern of earlier years, is not among them; PCCP's one
# current finding (synergy recovered) comes first, earlier ones after it.
# In both languages, no earlier item comes before a current one.
. "$E2E_LIB"
"$SYN" demo >/dev/null
open=$("$SYN" --format json diagnose CHRP | python3 -c '
import json, sys
print(" ".join(sorted(f["kind"] for f in json.load(sys.stdin) if f["open"] and f["kind"] != "levers")))')
expect_eq "CHRP's current findings" "centralised_network low_determinant single_broker" "$open"
for L in en fr; do
  expect_status 0 "$SYN" report --all --lang "$L" --out "$T/$L.html"
  python3 - "$T/$L.html" <<'PY' || fail "an earlier finding before a current one in $1 ($L)"
import re, sys
page = open(sys.argv[1]).read()
for art in re.findall(r'<article class="brief".*?</article>', page, re.S):
    items = re.findall(r'<ul class="brief-findings">(.*?)</ul>', art, re.S)
    lis = re.findall(r"<li[^>]*>(.*?)</li>", items[0] if items else "", re.S)
    earlier = [("(earlier)" in z or "(auparavant)" in z) for z in lis]
    assert earlier == sorted(earlier), (art[:60], earlier)
PY
done
BR=$(awk '/id="brief-CHRP"/{on=1} on && /<\/article>/{exit} on' "$T/en.html" | sed -n '/brief-findings/,/<\/ul>/p')
expect_not_contains "CHRP: no earlier finding" "(earlier)" "$BR"
expect_not_contains "CHRP: not the old meeting gap" "Long gap between meetings" "$BR"
for t in "A weak determinant of synergy" "The network hangs on one organisation" "Everything passes through one hub"; do
  expect_contains "CHRP: $t" "<strong>$t</strong>" "$BR"
done
BR=$(awk '/id="brief-PCCP"/{on=1} on && /<\/article>/{exit} on' "$T/en.html" | sed -n '/brief-findings/,/<\/ul>/p' | sed -n 2p)
expect_contains "PCCP: the current finding first" "<strong>Synergy recovered</strong>:" "$BR"
echo ok
