#!/usr/bin/env bash
# workspace.sh: benchmark of the coding workspace of `synergist serve` (not
# a test). A study with one French interview of 100,000 words (accents,
# speaker turns, emoji) coded with 2,000 segments; then
#  1. opening its source view (the first part of the text, about 40,000
#     characters, the others added by the script as the reader scrolls):
#     the server's time for the page (median of 9 GETs) and the time
#     Chromium takes from navigation to the end of the load event (median
#     of 5; bench/workspace_open.mjs). Goal < 300 ms. open_all_ms: the
#     whole text on one page (&part=all, median of 3).
#  2. 20 coders signed in, each coding random spans of the interview
#     through POST /w/code for D seconds (default 60): requests, p50 and
#     p99 latency (goal < 100 ms), and afterwards each coder's segments in
#     the study, which must equal the acknowledged ones (lost=0).
# Peer: the same server's static script (GET /w/coding.js): ratio_vs_static
# is the source view's server time over the static file's.
# Last line: bench workspace: open_ms=... open_all_ms=... p99_ms=... lost=... ratio_vs_static=...
# Usage: bench/workspace.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(cd "${1:-$HERE/../build}" && pwd)
D=${2:-60}
SYN="$BUILD/synergist"
W=$(mktemp -d)
SPID=""
trap '[ -n "$SPID" ] && kill -9 $SPID 2>/dev/null; rm -rf "$W"' EXIT
export SYNERGIST_STUDY="$W/study.db" SOURCE_DIR="$HERE/.."
NC=20

echo "setting up a 100,000-word interview and $NC coders..."
"$SYN" init >/dev/null
"$SYN" partnership add B --name Bench >/dev/null
printf 'id,partnership,organisation,stakeholder_group,joined\np001,B,,researcher,2020-01-01\n' > "$W/m.csv"
"$SYN" member import "$W/m.csv" >/dev/null
"$SYN" codebook install >/dev/null
python3 - > "$W/long.txt" <<'PY'
import random
r = random.Random(7)
words = ("décision équipe partenariat confiance réunion ministère santé communauté "
         "ressources financement évaluation leadership conflit communication élève "
         "hôpital médecin infirmière quartier projet présidente comité façon être "
         "très déjà où naïf cœur 😀 🙂 été").split()
n, out = 0, []
while n < 100000:
    k = r.randrange(40, 160)
    who = "Intervieweuse : " if len(out) % 2 == 0 else "P001 : "
    out.append(who + " ".join(r.choice(words) for _ in range(k)) + ".")
    n += k + 2
print("\n".join(out))
PY
"$SYN" source import "$W/long.txt" --partnership B --kind interview --participant p001 --language fr --name long >/dev/null
NCP=$("$SYN" source list --format csv | awk -F, '$1=="long"{print $7}')
"$SYN" code list --format csv | tail -n +2 | awk -F, 'NR%6==1{print $2}' | head -12 > "$W/codes"
export BENCH_CODES="$W/codes"
for i in $(seq 0 $NC); do
  printf 'bench-password-%02d\n' "$i" | "$SYN" user add "c$i" --role coder --partnership B >/dev/null
done

rm -f "$W/port"
"$SYN" serve --port 0 --port-file "$W/port" --threads 2 2>"$W/serve.log" &
SPID=$!
for _ in $(seq 200); do [ -s "$W/port" ] && break; sleep 0.05; done
BASE="http://127.0.0.1:$(cat "$W/port")"
for i in $(seq 0 $NC); do
  echo "c$i $(python3 "$HERE/workspace_load.py" signin "$BASE" "c$i" "$(printf 'bench-password-%02d' "$i")")"
done > "$W/all"
head -1 "$W/all" > "$W/seed"; tail -n +2 "$W/all" > "$W/coders"
echo "coding 2,000 segments..."
python3 "$HERE/workspace_load.py" seed "$BASE" "$W/seed" long "$NCP" 2000

echo "opening the source view ($NCP characters, 2,000 segments)"
SRV=$(python3 "$HERE/workspace_load.py" get "$BASE" "$W/seed" "/w/source?s=long" 9)
STATIC=$(python3 "$HERE/workspace_load.py" get "$BASE" "$W/seed" "/w/coding.js" 9)
echo "server: $SRV; static script: $STATIC"
COOKIE=$(head -1 "$W/seed" | cut -d' ' -f2)
OPEN=$(node "$HERE/workspace_open.mjs" "$BASE/w/source?s=long" "$COOKIE" 5)
echo "chromium: $OPEN"
OPENALL=$(node "$HERE/workspace_open.mjs" "$BASE/w/source?s=long&part=all" "$COOKIE" 3)
echo "chromium, the whole text on one page: $OPENALL"

echo "$NC coders coding for ${D}s..."
python3 "$HERE/workspace_load.py" load "$BASE" "$W/coders" long "$NCP" "$D" > "$W/load"
head -1 "$W/load"
kill -TERM $SPID; wait $SPID || true; SPID=""
LOST=0
while read -r _ name _ n; do
  have=$("$SYN" segment list --coder "$name" --format csv | tail -n +2 | wc -l)
  [ "$have" -lt "$n" ] && LOST=$((LOST + n - have))
done < <(grep '^coder ' "$W/load")
field(){ sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2" | head -1; }
SMS=$(field median_ms "$SRV"); TMS=$(field median_ms "$STATIC")
echo "bench workspace: open_ms=$(field open_ms "$OPEN") open_all_ms=$(field open_ms "$OPENALL") server_ms=$SMS fcp_ms=$(field fcp_ms "$OPEN") requests=$(field requests "$(head -1 "$W/load")") p99_ms=$(field p99_ms "$(head -1 "$W/load")") lost=$LOST ratio_vs_static=$(python3 -c "print('%.1f' % ($SMS / max($TMS, 0.01)))")"
