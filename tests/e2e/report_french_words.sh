# report_french_words.sh: the French demo report leaves none of the
# program's own words in English. What a reader sees (the page's text, SVG
# labels and tooltips; one line per text node, an SVG <text> whole) is
# scanned for English words the program writes: the sector names (network
# legends and tooltips, the portfolio), the names of the built-in codebook's
# codes (framework matrix, the sources of quotations, the agreement table),
# the score bands, the instrument's "built-in" and the pooled row's "all",
# and a count of 1 with a plural noun ("1 segments, 1 sources"). The
# study's own data may stay in English and is left out first: quotations,
# the coders' summaries in the synthesis, the coded segments quoted in a
# finding's evidence, and the stakeholder groups (whose
# names contain "academic" and "health system"); so are machine names, as
# the ids of scales in a finding's evidence ("échelle trust : confiance").
. "$E2E_LIB"
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --all --out "$T/fr.html" --lang fr
python3 - "$T/fr.html" >"$T/fr.txt" <<'PY'
import html.parser, sys
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.svgtext, self.lines = [], None, []
    def skipped(self):
        tags = [t for t, _ in self.stack]
        if 'style' in tags or 'script' in tags or 'blockquote' in tags:
            return True
        # a coder's summary: a <p> without class in the synthesis table
        in_syn = any(t == 'table' and 'synthesis' in (c or '') for t, c in self.stack)
        return in_syn and any(t == 'p' and not c for t, c in self.stack)
    def handle_starttag(self, tag, attrs):
        if tag in ('br', 'meta', 'link', 'img', 'input', 'circle', 'rect', 'line', 'path'):
            if tag in ('circle', 'rect', 'line', 'path'):
                self.stack.append((tag, dict(attrs).get('class')))
            return
        self.stack.append((tag, dict(attrs).get('class')))
        if tag == 'text':
            self.svgtext = []
    def handle_startendtag(self, tag, attrs):
        pass
    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        if tag == 'text' and self.svgtext is not None:
            self.lines.append(' '.join(self.svgtext))
            self.svgtext = None
    def handle_data(self, d):
        d = ' '.join(d.split())
        if not d or self.skipped():
            return
        if self.svgtext is not None:
            self.svgtext.append(d)
        else:
            self.lines.append(d)
p = Text()
p.feed(open(sys.argv[1], encoding='utf-8').read())
print('\n'.join(p.lines))
PY
[ -s "$T/fr.txt" ] || fail "no text read from the French report"
# The stakeholder groups are the study's data (DOMAIN: seven groups).
sed -E -e 's/échelle [a-z_]+ :/échelle :/g' -e 's/^segment (\([^)]*\)) : .*/segment \1/' -e 's/academic researcher|health system administrator|decision maker|research coordinator|clinician|patient partner|community organisation representative//g' \
  "$T/fr.txt" >"$T/words.txt"
# The program's English words, whole words, case as the program writes them.
found=$(grep -n -E -w 'nonprofit|industry|government|academic|health system' "$T/words.txt" | head -5 || true)
[ -z "$found" ] || fail "English sector names in the French report: $found"
found=$(grep -n -E '(^|[^0-9,])1 (segments|sources)\b' "$T/words.txt" | head -5 || true)
[ -z "$found" ] || fail "a count of 1 with a plural noun: $found"
found=$(grep -n -x -E 'work|strength|concern|built-in|all' "$T/words.txt" | head -5 || true)
[ -z "$found" ] || fail "English bands or words in cells: $found"
# Every code name of the built-in codebook that is not also French.
jq -r '.. | objects | select(has("children") or has("description")) | .name' "$SOURCE_DIR/data/codebook.json" | sort -u |
  grep -v -x -E 'communication|information|leadership|manifestations|respect' >"$T/codes.txt"
[ "$(wc -l <"$T/codes.txt")" -gt 50 ] || fail "the codebook's names were not read"
found=$(grep -n -w -F -f "$T/codes.txt" "$T/words.txt" | head -5 || true)
[ -z "$found" ] || fail "English names of the built-in codebook: $found"
# The scan sees the codebook where it is shown: its French names are there.
for w in 'déterminants' 'processus habilitants' 'facteurs de réussite'; do
  grep -q -F "$w" "$T/words.txt" || fail "the French report lacks the code '$w'"
done
grep -q -E '(^|[^0-9,])1 segment,' "$T/words.txt" || fail "no singular '1 segment,' in the synthesis"
echo "report_french_words: ok"
