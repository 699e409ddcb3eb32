#!/usr/bin/env bash
# qual.sh: benchmark of the qualitative side (not a test). Generates a corpus
# of N transcripts (default 2000 of ~50 KB, about 100 MB, English and French),
# then measures: import time (MB/s), search latency (median and p95 of 1,000
# mixed queries, timed inside one process by the hidden test-search-time),
# auto-coding throughput (MB/s with 200 rules: matching alone, counting
# matches, and then a real run that stores suggestions) and, on the same
# patterns and corpus, counting matches, grep -E and ripgrep (its default
# engine and -P, PCRE2 as synergist uses; ASCII-only for context). Goals: search
# p95 < 20 ms; auto-coding at least half of ripgrep's throughput; import at
# least 20 MB/s. Ends with one line "bench qual: import_mb_s=... ...".
# Usage: bench/qual.sh [BUILD_DIR] [N] [KB]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(cd "${1:-$HERE/../build}" && pwd)   # absolute: the import runs from the corpus folder
N=${2:-2000}
KB=${3:-50}
SYN="$BUILD/synergist"
# QUAL_BENCH_DIR=DIR keeps the corpus, study and patterns in DIR afterwards
# (DIR must be new, empty, or left by an earlier run, which is replaced).
if [ -n "${QUAL_BENCH_DIR:-}" ]; then
  W=$QUAL_BENCH_DIR
  if [ -d "$W" ] && [ -n "$(ls -A "$W")" ] && [ ! -d "$W/corpus" ]; then
    echo "qual.sh: $W is not empty and not a benchmark directory" >&2; exit 2
  fi
  rm -rf "$W"; mkdir -p "$W"
else W=$(mktemp -d); trap 'rm -rf "$W"' EXIT; fi
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
# (CPU seconds too: on a shared machine wall-clock time varies with the load.)
/usr/bin/time -f "%U %S" -o "$W/import.cpu" sh -c "cd '$W/corpus' &&
  ls en_*.txt | xargs -n 200 '$SYN' source import --partnership CHRP --kind interview --language en >/dev/null &&
  ls fr_*.txt | xargs -n 200 '$SYN' source import --partnership PCCP --kind interview --language fr >/dev/null"
t1=$(now)
T=$(secs "$t0" "$t1")
CPU=$(awk '{print $1+$2}' "$W/import.cpu")
IMPORT_MB_S=$(echo "$MB / $T" | bc -l)
printf 'import: %.1f s, %.1f MB/s (with the search index; CPU %.1f s, %.1f MB/s of CPU time)\n' \
  "$T" "$IMPORT_MB_S" "$CPU" "$(echo "$MB / $CPU" | bc -l)"
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
S=$("$SYN" test-search-time "$W/queries.txt")
echo "search (first 100 paragraphs per query): $S"
P50=$(echo "$S" | sed 's/.*median_ms \([0-9.]*\).*/\1/')
P95=$(echo "$S" | sed 's/.*p95_ms \([0-9.]*\).*/\1/')

# 200 rules like real codes' rules: each matches a few percent of the
# paragraphs. Candidates are measured on a sample of the corpus (share of
# paragraphs where Python's re finds them, Unicode \w and \b as in PCRE2 and
# ripgrep) and kept when between 0.2% and 5%: 150 word rules (a word, any
# form, for synergist; \bword\b for grep and ripgrep) and 50 regular
# expressions, the same for all three (a prefix, or two alternatives).
python3 - "$W" <<'PY'
import collections, glob, random, re, sys
d = sys.argv[1]
r = random.Random(11)
paras = []
for f in sorted(glob.glob(d + "/corpus/*.txt"))[:60]:
    paras += [l.split(" : ", 1)[-1] for l in open(f, encoding="utf-8") if l.strip()]
df = collections.Counter()
for p in paras:
    df.update(set(w for w in re.findall(r"\w+", p) if w.islower() and len(w) > 3))
share = lambda n: n / len(paras)
mid = sorted(w for w, n in df.items() if 0.002 <= share(n) <= 0.05)
r.shuffle(mid)
words = mid[:150]
def rate(p):
    c = re.compile(p)
    return share(sum(1 for x in paras if c.search(x)))
regexes, i = [], 150
while len(regexes) < 50 and i + 1 < len(mid):
    a, b = mid[i], mid[i + 1]; i += 2
    p = r"\b%s\w*" % a[:5] if len(regexes) % 2 == 0 else r"\b(%s|%s)\b" % (a, b)
    if 0.002 <= rate(p) <= 0.05: regexes.append(p)
rules = [("words", w) for w in words] + [("regex", p) for p in regexes]
pats = [r"\b%s\b" % w for w in words] + regexes
open(d + "/rules.tsv", "w").write("\n".join("%s\t%s" % x for x in rules) + "\n")
open(d + "/patterns.txt", "w").write("\n".join(pats) + "\n")
PY
"$SYN" code add bench >/dev/null
while IFS=$'\t' read -r kind pat; do
  "$SYN" autocode rule add bench --$kind "$pat" --scope hit >/dev/null
done < "$W/rules.tsv"
echo "rules: $("$SYN" autocode rule list --format csv | tail -n +2 | wc -l) (150 words, 50 regular expressions)"
# Matching alone, counting matches (as grep and ripgrep are timed below).
AC=$("$SYN" test-autocode-time)
echo "autocode matching: $AC"
AC_MB_S=$(echo "$AC" | sed 's/.*mb_s \([0-9.]*\).*/\1/')
# Then a real run, storing every match as a suggestion.
t0=$(now); "$SYN" autocode run >/dev/null; t1=$(now)
T=$(secs "$t0" "$t1")
printf 'autocode run: %.2f s, %.1f MB/s (matching and storing %s suggestions)\n' "$T" "$(echo "$MB / $T" | bc -l)" \
  "$("$SYN" suggest list --format csv | tail -n +2 | wc -l)"
# grep and ripgrep: the same patterns over the same files, counting matches.
t0=$(now); NG=$(grep -o -E -f "$W/patterns.txt" -r "$W/corpus" | wc -l); t1=$(now)
T=$(secs "$t0" "$t1"); GREP_MB_S=$(echo "$MB / $T" | bc -l)
printf 'grep -E -o:  %.2f s, %.1f MB/s, %s matches\n' "$T" "$GREP_MB_S" "$NG"
t0=$(now); NR=$(rg --count-matches --no-filename -f "$W/patterns.txt" "$W/corpus" | awk '{s+=$1} END {print s}'); t1=$(now)
T=$(secs "$t0" "$t1"); RG_MB_S=$(echo "$MB / $T" | bc -l)
printf 'ripgrep --count-matches:  %.2f s, %.1f MB/s, %s matches\n' "$T" "$RG_MB_S" "$NR"
# ripgrep with its PCRE2 engine (-P): the same regular-expression engine and
# Unicode semantics as synergist's rules.
t0=$(now); NP=$(rg -P --count-matches --no-filename -f "$W/patterns.txt" "$W/corpus" | awk '{s+=$1} END {print s}'); t1=$(now)
T=$(secs "$t0" "$t1"); RGP_MB_S=$(echo "$MB / $T" | bc -l)
printf 'ripgrep -P (PCRE2) --count-matches:  %.2f s, %.1f MB/s, %s matches\n' "$T" "$RGP_MB_S" "$NP"
# For context only: ripgrep is far faster when \b and \w are ASCII, which is
# not the same search on French text (the ratios use the Unicode run above).
sed 's/\\b/(?-u:\\b)/g; s/\\w/(?-u:\\w)/g' "$W/patterns.txt" > "$W/patterns_ascii.txt"
t0=$(now); NA=$(rg --count-matches --no-filename -f "$W/patterns_ascii.txt" "$W/corpus" | awk '{s+=$1} END {print s}'); t1=$(now)
T=$(secs "$t0" "$t1")
printf 'ripgrep, ASCII \\b and \\w (context only):  %.2f s, %.1f MB/s, %s matches\n' "$T" "$(echo "$MB / $T" | bc -l)" "$NA"

printf 'bench qual: import_mb_s=%.1f search_p50_ms=%s search_p95_ms=%s autocode_mb_s=%.1f ratio_vs_ripgrep=%.2f ratio_vs_ripgrep_pcre2=%.2f ratio_vs_grep=%.2f\n' \
  "$IMPORT_MB_S" "$P50" "$P95" "$AC_MB_S" "$(echo "$AC_MB_S / $RG_MB_S" | bc -l)" "$(echo "$AC_MB_S / $RGP_MB_S" | bc -l)" \
  "$(echo "$AC_MB_S / $GREP_MB_S" | bc -l)"
