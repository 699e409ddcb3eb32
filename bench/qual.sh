#!/usr/bin/env bash
# qual.sh: benchmark of the qualitative side (not a test). Generates a corpus
# of N transcripts (default 2000 of ~50 KB, about 100 MB, English and French),
# then measures: import time (MB/s), search latency (median and p95 of 1,000
# mixed queries, timed inside one process by the hidden test-search-time),
# auto-coding throughput (MB/s with 200 rules) and, on the same patterns,
# grep -E and ripgrep. Goals: search p95 < 20 ms; auto-coding at least half
# of ripgrep's throughput; import at least 20 MB/s.
# Usage: bench/qual.sh [BUILD_DIR] [N] [KB]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-$HERE/../build}
N=${2:-2000}
KB=${3:-50}
SYN="$BUILD/synergist"
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export SYNERGIST_STUDY="$W/study.db" SYNERGIST_USER=bench
now(){ date +%s.%N; }
secs(){ echo "$2 - $1" | bc -l; }

python3 "$HERE/gen_corpus.py" "$W/corpus" "$N" "$KB"
MB=$(du -sb "$W/corpus" | awk '{printf "%.1f", $1/1048576}')
echo "corpus: $N transcripts, $MB MB"

"$SYN" init >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
t0=$(now)
(cd "$W/corpus" && ls en_*.txt | xargs -n 200 "$SYN" source import --partnership CHRP --kind interview --language en >/dev/null)
(cd "$W/corpus" && ls fr_*.txt | xargs -n 200 "$SYN" source import --partnership PCCP --kind interview --language fr >/dev/null)
t1=$(now)
T=$(secs "$t0" "$t1")
printf 'import: %.1f s, %.1f MB/s (with the search index)\n' "$T" "$(echo "$MB / $T" | bc -l)"
printf 'study file: %s MB\n' "$(du -m "$SYNERGIST_STUDY" | cut -f1)"

# 1,000 mixed queries: words, French words with accents, phrases, prefixes, boolean.
python3 - "$W/queries.txt" <<'PY'
import random, sys
r = random.Random(7)
w = "trust respect conflict leadership decisions budget funding meeting partners reform consensus vote".split()
f = "confiance réunion décisions financement partenaires réforme équipe gouvernance énergie désaccord".split()
qs = []
for i in range(1000):
    k = i % 5
    if k == 0: qs.append(r.choice(w))
    elif k == 1: qs.append(r.choice(f))
    elif k == 2: qs.append('"%s %s"' % (r.choice(w), r.choice(w)))
    elif k == 3: qs.append(r.choice(w + f)[:4] + "*")
    else: qs.append("%s AND (%s OR %s) NOT %s" % (r.choice(w), r.choice(f), r.choice(w), r.choice(w)))
open(sys.argv[1], "w").write("\n".join(qs) + "\n")
PY
echo "search (first 100 paragraphs per query): $("$SYN" test-search-time "$W/queries.txt")"

# 200 rules: 150 word rules and 50 regular expressions; grep and rg get the
# same 200 as regular expressions (words as \bword).
python3 - "$W" <<'PY'
import random, sys
d = sys.argv[1]
r = random.Random(11)
words = open(d + "/corpus/en_0000.txt").read().split()[:5000] + open(d + "/corpus/fr_0001.txt").read().split()[:5000]
words = sorted({x.strip('.:').lower() for x in words if len(x) > 4 and x.isalpha()})
rules, pats = [], []
for i in range(200):
    if i < 150:
        x = words[i % len(words)] + ("" if i < len(words) else str(i))
        rules.append(("words", x)); pats.append(r"\b" + x)
    else:
        a, b = r.choice(words), r.choice(words)
        p = r"\b%s\w* \w+ %s" % (a[:4], b[:3])
        rules.append(("regex", p)); pats.append(p)
open(d + "/rules.tsv", "w").write("\n".join("%s\t%s" % x for x in rules) + "\n")
open(d + "/patterns.txt", "w").write("\n".join(pats) + "\n")
PY
"$SYN" code add bench >/dev/null
while IFS=$'\t' read -r kind pat; do
  "$SYN" autocode rule add bench --$kind "$pat" --scope hit >/dev/null 2>&1 || true
done < "$W/rules.tsv"
echo "rules: $("$SYN" autocode rule list --format csv | tail -n +2 | wc -l)"
t0=$(now); "$SYN" autocode run >/dev/null; t1=$(now)
T=$(secs "$t0" "$t1")
printf 'autocode run: %.2f s, %.1f MB/s (incl. storing %s suggestions)\n' "$T" "$(echo "$MB / $T" | bc -l)" \
  "$("$SYN" suggest list --format csv | tail -n +2 | wc -l)"
t0=$(now); grep -E -c -f "$W/patterns.txt" -r "$W/corpus" >/dev/null || true; t1=$(now)
T=$(secs "$t0" "$t1"); printf 'grep -E:  %.2f s, %.1f MB/s\n' "$T" "$(echo "$MB / $T" | bc -l)"
t0=$(now); rg -c -f "$W/patterns.txt" "$W/corpus" >/dev/null || true; t1=$(now)
T=$(secs "$t0" "$t1"); printf 'ripgrep:  %.2f s, %.1f MB/s\n' "$T" "$(echo "$MB / $T" | bc -l)"
