# report_quotes_spread.sh: the default report's illustrative quotations
# (6 of them, the rest counted for report --full) are spread over
# speakers (one each while unquoted ones are left: the demo's coded
# segments come from at least 6 speakers), never show the
# same words twice (a segment coded under two codes), and are captioned by
# the code's name in words, not its path ("determinants/partner
# characteristics"), in English and French.
. "$E2E_LIB"
"$SYN" demo >/dev/null
for L in en fr; do
  expect_status 0 "$SYN" report --all --lang "$L" --out "$T/$L.html"
  python3 - "$T/$L.html" <<'PY' || fail "quotations of the $L report"
import html, re, sys
q = re.findall(r"<blockquote><p>(.*?)</p><footer>(.*?)</footer></blockquote>", open(sys.argv[1]).read())
assert len(q) == 6, len(q)
texts = [html.unescape(t) for t, _ in q]
who = [t[t.rindex("("):] for t in texts]
words = [t[:t.rindex("(")] for t in texts]
assert len(set(who)) == 6, who
assert len(set(words)) == 6, words
assert all("/" not in c and c for _, c in q), [c for _, c in q]
print(who)
PY
done
echo ok
