#!/usr/bin/env bash
# kill9.sh: fault injection. Each kind of writing command (member, meeting,
# instrument, answer and source imports, coding and auto-coding) runs on a
# copy of a demo study and is killed with SIGKILL at a random moment
# (between 0 and the time a full run takes); then the study must pass
# PRAGMA integrity_check and hold exactly the old state or the new one
# (its dump equals the dump before the command or after a complete run).
# Usage: tests/faults/kill9.sh SYNERGIST TRIALS   (make faults: the sweep;
# the CTest entry e2e/faults_sample: a few trials of each kind)
set -euo pipefail
syn=$1; trials=${2:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export SYNERGIST_TODAY=2018-12-31 LC_ALL=C.UTF-8
base="$work/base.db"
"$syn" --study "$base" demo >/dev/null
"$syn" --study "$base" coder add fault >/dev/null

# Inputs large enough that a kill lands inside the write.
"$syn" --study "$base" instrument show psf --format json > "$work/psf.json"
python3 - "$work" <<'PYEOF'
import json, sys
w = sys.argv[1]
items = [(it["item"], it["min"], it["max"]) for it in json.load(open(w + "/psf.json"))]
with open(w + "/members.csv", "w") as f:
    f.write("id,partnership,stakeholder_group,joined,note\n")
    for i in range(3000):
        f.write(f"f{i},PCCP,researcher,2016-01-01,note {i}\n")
with open(w + "/meetings.csv", "w") as f:
    f.write("partnership,date,kind,duration,title,attendees\n")
    for i in range(2000):
        f.write(f"PCCP,2017-{1 + i % 12:02d}-{1 + i % 28:02d},working group,{30 + i % 90},m{i},\n")
H = ('Variable / Field Name,Form Name,Section Header,Field Type,Field Label,'
     '"Choices, Calculations, OR Slider Labels",Field Note,Text Validation Type OR Show Slider Number,'
     'Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),'
     'Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,'
     'Matrix Ranking?,Field Annotation')
with open(w + "/dict.csv", "w") as f:
    f.write(H + "\n")
    for i in range(5000):
        f.write(f'v{i},f,,radio,"Item {i}","1, A | 2, B | 3, C",,,,,,,,,,,,@SYNERGIST-SCALE=s{i % 50}\n')
with open(w + "/answers.csv", "w") as f:
    f.write("respondent,partnership,wave," + ",".join(i for i, lo, hi in items) + "\n")
    for r in range(2000):
        f.write(f"x{r},CHRP,followup2," + ",".join(str(lo + (r + k) % (hi - lo + 1))
                                                   for k, (i, lo, hi) in enumerate(items)) + "\n")
with open(w + "/source.txt", "w") as f:
    for i in range(20000):
        f.write(f"Paragraph {i}: the partners spoke of trust, decisions and the reform.\n")
PYEOF

# name|command (run with --study STUDY)
kinds=(
  "member import|member import $work/members.csv"
  "meeting import|meeting import $work/meetings.csv"
  "instrument import|instrument import $work/dict.csv --id faultdict"
  "response import|response import $work/answers.csv --instrument psf"
  "source import|source import $work/source.txt --partnership PCCP --kind document"
  "code apply|code apply --source chrp_int_011 --code resources --coder fault --start 0 --end 40"
  "autocode learn|autocode learn"
)

# The dump with the moments rows were written (segment.created_at,
# audit.at: the clock, not the state) blanked.
dump(){ sqlite3 "$1" .dump | sed -E "s/'[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z'/'T'/g" | md5sum | cut -d' ' -f1; }
old=$(dump "$base")
nKill=0; nOld=0; nNew=0
for k in "${kinds[@]}"; do
  name=${k%%|*}; cmd=${k#*|}
  cp "$base" "$work/new.db"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  "$syn" --study "$work/new.db" $cmd >/dev/null 2>"$work/err" || { echo "faults: $name fails on its own:"; cat "$work/err"; exit 1; }
  ms=$(( ($(date +%s%N) - t0) / 1000000 + 1 ))
  new=$(dump "$work/new.db")
  [ "$new" != "$old" ] || { echo "faults: $name changed nothing"; exit 1; }
  for ((i=0; i<trials; i++)); do
    rm -f "$work/t.db" "$work/t.db-wal" "$work/t.db-shm"
    cp "$base" "$work/t.db"
    # shellcheck disable=SC2086
    "$syn" --study "$work/t.db" $cmd >/dev/null 2>&1 & pid=$!
    delay=$(( RANDOM % ms ))
    sleep "$(printf '0.%03d' "$delay")" 2>/dev/null || sleep "$((delay/1000))"
    kill -9 "$pid" 2>/dev/null && nKill=$((nKill+1)) || true
    wait "$pid" 2>/dev/null || true
    ic=$(sqlite3 "$work/t.db" "PRAGMA integrity_check")
    [ "$ic" = ok ] || { echo "faults: $name killed after ${delay} ms: integrity_check: $ic"; exit 1; }
    got=$(dump "$work/t.db")
    if [ "$got" = "$old" ]; then nOld=$((nOld+1))
    elif [ "$got" = "$new" ]; then nNew=$((nNew+1))
    else echo "faults: $name killed after ${delay} ms: the study is neither the old state nor the new one"; exit 1
    fi
  done
  echo "faults: $name: $trials kills within ${ms} ms, study old or new each time" >&2
done
echo "faults: ok: ${#kinds[@]} kinds x $trials trials, $nKill killed while running, $nOld old, $nNew new"
