#!/usr/bin/env bash
# limits.sh: hostile-input bounds, measured. Not part of the test suite.
#  1. Peak memory of importing a source near the default text limit
#     (60 MB of text, as .txt and as .docx) against the size of its text:
#     the .docx is inflated and parsed piece by piece, so the peak stays a
#     small multiple of the text, not of the XML.
#  2. The REDCap and instrument JSON readers (whole `instrument import`,
#     storing included) at N1 and N2 rows, and the growth exponent
#     log(t2/t1)/log(N2/N1): 1.0 is linear (the duplicate checks hash).
#     The peer is python3 reading the same files (csv module for the
#     dictionary, json module for the instrument) in the same run.
# Usage: bench/limits.sh [BUILD_DIR] [N1 N2 MB]
# The last line, "bench limits: ...", holds:
#   txt_peak_ratio, docx_peak_ratio   peak resident memory / text bytes
#   redcap_s_N1, redcap_s_N2          seconds to import each dictionary
#   json_s_N1, json_s_N2              seconds to import each instrument
#   redcap_peak_mib_N2, json_peak_mib_N2
#                                     peak resident memory of the N2 imports
#   exponent                          the larger growth exponent of the two
#   ratio_vs_python                   python3's csv+json reading time of the N2
#                                     files over synergist's import time of them
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
syn="$build/synergist"
N1=${2:-10000}; N2=${3:-1000000}; MB=${4:-60}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export SYNERGIST_STUDY="$work/bench.db"

echo "generating inputs ($N1 and $N2 rows, $MB MB of text)..." >&2
/usr/bin/python3 "$here/limits_gen.py" "$work" "$N1" "$N2" "$MB"
textbytes=$(stat -c %s "$work/source.txt")

# Seconds (wall) and peak KB of one command, into $secs and $kb.
measure(){
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r secs kb < "$work/time"
}
fresh(){ rm -f "$SYNERGIST_STUDY" "$SYNERGIST_STUDY"-wal "$SYNERGIST_STUDY"-shm; "$syn" init >/dev/null; "$syn" partnership add P --name P >/dev/null; }

fresh
measure "$syn" source import "$work/source.txt" --partnership P --kind document
txt_ratio=$(echo "$kb*1024/$textbytes" | bc -l)
echo "source.txt: $textbytes bytes of text, peak $kb KB, ${secs}s" >&2
fresh
measure "$syn" source import "$work/source.docx" --partnership P --kind document
docx_ratio=$(echo "$kb*1024/$textbytes" | bc -l)
echo "source.docx: peak $kb KB, ${secs}s" >&2

declare -A t m
for n in "$N1" "$N2"; do
  fresh; measure "$syn" instrument import "$work/redcap_$n.csv" --id rc; t[rc$n]=$secs; m[rc$n]=$kb
  fresh; measure "$syn" instrument import "$work/inst_$n.json"; t[js$n]=$secs; m[js$n]=$kb
  echo "$n rows: redcap ${t[rc$n]}s ${m[rc$n]} KB, json ${t[js$n]}s ${m[js$n]} KB" >&2
done
py_start=$(date +%s.%N)
/usr/bin/python3 - "$work/redcap_$N2.csv" "$work/inst_$N2.json" <<'PYEOF'
import csv, json, sys
seen = set()
with open(sys.argv[1], newline="") as f:
    for row in csv.reader(f):
        seen.add(row[0])
with open(sys.argv[2]) as f:
    d = json.load(f)
ids = {it["id"] for it in d["items"]}
PYEOF
py_end=$(date +%s.%N)
py=$(echo "$py_end - $py_start" | bc -l)
exp_rc=$(echo "l(${t[rc$N2]}/${t[rc$N1]})/l($N2/$N1)" | bc -l)
exp_js=$(echo "l(${t[js$N2]}/${t[js$N1]})/l($N2/$N1)" | bc -l)
exponent=$(echo "if ($exp_rc > $exp_js) $exp_rc else $exp_js" | bc -l)
ratio=$(echo "$py/(${t[rc$N2]}+${t[js$N2]})" | bc -l)
printf 'bench limits: txt_peak_ratio=%.2f docx_peak_ratio=%.2f redcap_s_%d=%s redcap_s_%d=%s json_s_%d=%s json_s_%d=%s redcap_peak_mib_%d=%.0f json_peak_mib_%d=%.0f exponent=%.2f ratio_vs_python=%.3f\n' \
  "$txt_ratio" "$docx_ratio" "$N1" "${t[rc$N1]}" "$N2" "${t[rc$N2]}" "$N1" "${t[js$N1]}" "$N2" "${t[js$N2]}" \
  "$N2" "$(echo "${m[rc$N2]}/1024" | bc -l)" "$N2" "$(echo "${m[js$N2]}/1024" | bc -l)" "$exponent" "$ratio"
