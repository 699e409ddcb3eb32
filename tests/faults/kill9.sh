#!/usr/bin/env bash
# kill9.sh: fault injection. Each kind of writing command (member, meeting,
# instrument, answer and source imports, coding and auto-coding) runs on a
# copy of a demo study and is killed with SIGKILL at a random moment
# (between 0 and the time a full run takes); then the study must pass
# PRAGMA integrity_check and hold exactly the old state or the new one
# (its dump equals the dump before the command or after a complete run).
# Web writes too: `synergist serve` on a copy of the study, one POST sent
# (a survey page saved, a survey submitted, a selection coded, a memo
# written, with its form key or session and CSRF token), and the server
# killed with SIGKILL at a random moment of that request.
# Usage: tests/faults/kill9.sh SYNERGIST TRIALS [WEB_TRIALS]   (make faults:
# the sweep; the CTest entry e2e/faults_sample: a few trials of each kind)
set -euo pipefail
syn=$1; trials=${2:-3}; webTrials=${3:-$trials}
# A server still running when the script stops on a failure is killed too
# (it would hold the caller's pipe open: $(kill9.sh ...) would never end).
wpid=
work=$(mktemp -d); trap '[ -z "$wpid" ] || kill -9 "$wpid" 2>/dev/null || true; rm -rf "$work"' EXIT
export SYNERGIST_TODAY=2018-12-31 LC_ALL=C.UTF-8
base="$work/base.db"
"$syn" --study "$base" demo >/dev/null
"$syn" --study "$base" coder add fault >/dev/null
"$syn" --study "$base" wave add PCCP web --opens 2018-12-01 --closes 2019-01-31 >/dev/null
"$syn" --study "$base" token issue PCCP web >/dev/null
tok=$("$syn" --study "$base" --raw token export PCCP web --format csv | sed -n 2p | cut -d, -f1)

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
pause_ms(){ sleep "$(printf '0.%03d' "$1")" 2>/dev/null || sleep "$(($1/1000))"; }
# check_state NAME DELAY: $work/t.db, killed after DELAY ms, passes
# integrity_check and holds $old or $new (counted in nOld, nNew).
check_state(){
  local ic got
  ic=$(sqlite3 "$work/t.db" "PRAGMA integrity_check")
  [ "$ic" = ok ] || { echo "faults: $1 killed after $2 ms: integrity_check: $ic"; exit 1; }
  got=$(dump "$work/t.db")
  if [ "$got" = "$old" ]; then nOld=$((nOld+1))
  elif [ "$got" = "$new" ]; then nNew=$((nNew+1))
  else echo "faults: $1 killed after $2 ms: the study is neither the old state nor the new one"; exit 1
  fi
}
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
    pause_ms "$delay"
    kill -9 "$pid" 2>/dev/null && nKill=$((nKill+1)) || true
    wait "$pid" 2>/dev/null || true
    check_state "$name" "$delay"
  done
  echo "faults: $name: $trials kills within ${ms} ms, study old or new each time" >&2
done

# ---- web writes ----
# web_start DB: the server on DB, on a free loopback port ($wpid, $wbase).
web_start(){
  rm -f "$work/port"
  "$syn" --study "$1" serve --port 0 --port-file "$work/port" 2>/dev/null & wpid=$!
  for _ in $(seq 250); do [ -s "$work/port" ] && break; sleep 0.02; done
  [ -s "$work/port" ] || { echo "faults: the server did not start"; exit 1; }
  wbase="http://127.0.0.1:$(cat "$work/port")"
}
# web_prepare KIND: what its POST needs from this server (the survey's form
# key; a signed-in session and its CSRF token), into $wurl, $wdata, $wjar.
web_prepare(){
  wjar="$work/jar"; rm -f "$wjar"
  case $1 in
    survey*)
      local key; key=$(curl -s "$wbase/s/$tok/p/1" | grep -o 'name="key" value="[^"]*"' | cut -d'"' -f4)
      if [ "$1" = "survey page" ]; then wurl="/s/$tok/p/1"; wdata="key=$key&nav=next&ri1=4&ri2=5&ri3=9&at1=3"
      else wurl="/s/$tok/submit"; wdata="key=$key"; fi;;
    *)
      curl -s -c "$wjar" -b "$wjar" -o "$work/page" "$wbase/signin"
      local pre csrf
      pre=$(grep -o 'name="csrf" value="[^"]*"' "$work/page" | cut -d'"' -f4)
      curl -s -o /dev/null -c "$wjar" -b "$wjar" --data-urlencode "csrf=$pre" --data-urlencode "name=admin" \
        --data-urlencode "password=demo-admin-2026" "$wbase/signin"
      csrf=$(curl -s -b "$wjar" "$wbase/w/sources" | grep -o 'name="csrf-token" content="[^"]*"' | cut -d'"' -f4)
      if [ "$1" = "web coding" ]; then wurl=/w/code; wdata="s=chrp_int_011&code=resources&p1=0&u1=0&p2=0&u2=40&csrf=$csrf"
      else wurl=/w/memo; wdata="kind=source&target=chrp_int_011&text=a+memo+on+trust&csrf=$csrf"; fi;;
  esac
}
web_post(){ curl -s -o /dev/null -w '%{http_code}' -b "$wjar" -d "$wdata" "$wbase$wurl"; }
web_kinds=("survey page" "survey submit" "web coding" "web memo")
# The server's first start stores its secret (setting serve_secret): that
# is the old state of the web writes.
web_start "$base"; kill -TERM "$wpid"; wait "$wpid" || true
old=$(dump "$base")
for name in "${web_kinds[@]}"; do
  rm -f "$work/new.db"*; cp "$base" "$work/new.db"
  web_start "$work/new.db"; web_prepare "$name"
  [ "$(dump "$work/new.db")" = "$old" ] || { echo "faults: $name: preparing the request changed the study"; exit 1; }
  t0=$(date +%s%N)
  st=$(web_post)
  ms=$(( ($(date +%s%N) - t0) / 1000000 + 1 ))
  kill -TERM "$wpid"; wait "$wpid" || true
  [ "$st" = 303 ] || { echo "faults: $name fails on its own: HTTP $st"; exit 1; }
  new=$(dump "$work/new.db")
  [ "$new" != "$old" ] || { echo "faults: $name changed nothing"; exit 1; }
  for ((i=0; i<webTrials; i++)); do
    rm -f "$work/t.db" "$work/t.db-wal" "$work/t.db-shm"
    cp "$base" "$work/t.db"
    web_start "$work/t.db"; web_prepare "$name"
    web_post >/dev/null & cpid=$!
    delay=$(( RANDOM % ms ))
    pause_ms "$delay"
    # Counted as killed while running when the request was still waiting.
    if kill -0 "$cpid" 2>/dev/null; then nKill=$((nKill+1)); fi
    kill -9 "$wpid" 2>/dev/null || true
    wait "$wpid" 2>/dev/null || true
    wait "$cpid" 2>/dev/null || true
    check_state "$name" "$delay"
  done
  echo "faults: $name: $webTrials kills of the server within ${ms} ms of its request, study old or new each time" >&2
done
echo "faults: ok: ${#kinds[@]} command kinds x $trials trials, ${#web_kinds[@]} web kinds x $webTrials trials, $nKill killed while running, $nOld old, $nNew new"
