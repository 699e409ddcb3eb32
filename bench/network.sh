#!/usr/bin/env bash
# bench/network.sh: `synergist network metrics` for every partnership and
# wave of a 1,000-partnership programme (30 organisations, 3 waves each) and
# for one 2,000-node network with 20,000 ties, against python3-igraph
# computing the same figures on the same ties in the same run. A 250-
# partnership programme shows whether the cost is linear in partnerships.
# Last line: bench network: programme_s=... big_s=... programme_cpu_s=...
# big_cpu_s=... ratio_vs_python_igraph=... (_s wall clock, _cpu_s user + system)
# (ratio: python3-igraph's seconds over synergist's for the programme and
# the big network together, reading included on both sides; above 1 is faster).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
SYN=${SYN:-$here/../build/synergist}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SYNERGIST_TODAY=2018-12-31 LC_ALL=C.UTF-8
now(){ date +%s.%N; }
minus(){ awk -v a="$1" -v b="$2" 'BEGIN{printf "%.3f", a-b}'; }
study(){   # DIR NPART [BIG...]: generate and import a study at DIR/s.db
  /usr/bin/python3 "$here/network_gen.py" "$@"
  export SYNERGIST_STUDY="$1/s.db"
  "$SYN" init >/dev/null
  "$SYN" partnership import "$1/partnerships.csv" >/dev/null
  "$SYN" member import "$1/members.csv" >/dev/null
  "$SYN" wave import "$1/waves.csv" >/dev/null
  "$SYN" network import "$1/ties.csv" >/dev/null
}
study "$work/q" 250
t0=$(now); SYNERGIST_STUDY="$work/q/s.db" "$SYN" network metrics --format csv > "$work/q.csv"; t1=$(now)
quarter_s=$(minus "$t1" "$t0")
study "$work/p" 1000 2000 20000
# CPU seconds (user + system) beside the wall clock: on a shared, loaded
# machine the wall clock mostly measures the wait for a core.
cpu(){ local out=$1; shift; /usr/bin/time -f "%U %S" -o "$work/cpu" "$@" > "$out"; awk '{printf "%.3f", $1+$2}' "$work/cpu"; }
export SYNERGIST_STUDY="$work/p/s.db"
t0=$(now); prog_cpu=$(cpu "$work/p.csv" "$SYN" network metrics $(seq -f 'P%04g' 0 999) --format csv); t1=$(now)
big_cpu=$(cpu "$work/big.csv" "$SYN" network metrics BIG --format csv); t2=$(now)
prog_s=$(minus "$t1" "$t0"); big_s=$(minus "$t2" "$t1")
[ "$(($(wc -l < "$work/p.csv")-1))" = 3000 ] || { echo "bench network: expected 3000 networks" >&2; exit 1; }
t0=$(now); read -r py_small py_big py_read n_py < <(/usr/bin/python3 "$here/network_igraph.py" "$work/p/ties.csv" "$work/p/members.csv"); t1=$(now)
py_s=$(minus "$t1" "$t0")
echo "synergist: 250 partnerships ${quarter_s}s, 1000 partnerships ${prog_s}s, big network ${big_s}s" >&2
echo "python3-igraph: ${py_s}s in all (reading ${py_read}s, programme ${py_small}s, big ${py_big}s, $n_py networks)" >&2
awk -v q="$quarter_s" -v p="$prog_s" -v b="$big_s" -v py="$py_s" -v pc="$prog_cpu" -v bc="$big_cpu" 'BEGIN{
  printf "bench network: programme_s=%.3f big_s=%.3f programme_cpu_s=%.3f big_cpu_s=%.3f programme_250_s=%.3f scaling_1000_over_4x250=%.2f ratio_vs_python_igraph=%.1f\n",
    p, b, pc, bc, q, p/(4*q), py/(p+b) }'
