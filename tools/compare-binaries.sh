#!/usr/bin/env bash
# compare-binaries.sh: shows that two synergist binaries behave byte for byte
# the same. Used before and after a change meant to alter no output (moving
# handlers, a new layer under the commands).
#
# Usage: tools/compare-binaries.sh OLD NEW [WORKDIR]
#        COMPARE_ONLY='^(dynamics|invite)$' COMPARE_PARTS=e2e tools/compare-binaries.sh OLD NEW
#
# The whole run takes most of an hour on a busy 2-core machine; three
# variables restrict it to what a change touches:
#   COMPARE_PARTS  the parts to run, among help, e2e and demo, separated by
#                  commas or spaces (default: all three);
#   COMPARE_ONLY   an extended regular expression (grep -E) that the name of
#                  an e2e script (without .sh) must match to be run
#                  (default: every script);
#   COMPARE_DEMO   an extended regular expression that a demo command line
#                  (such as "diagnose PCCP") must match to be run; the new
#                  study's dump is always compared (default: every command).
# OLD is usually main's binary copied aside before a change; copy its
# locale/ folder beside it too (cp -r build/locale), or its French
# messages fall back to English and every French output differs. Each side
# runs with SYNERGIST_LOCALEDIR set to the locale/ folder beside its binary
# when there is one, so a binary older than the installable layout (which
# looked for its catalogue only in the build folder compiled into it) is
# French too once that build folder is gone.
# The summary line says what ran, for example
#   compare: identical (321 recorded files: 4 e2e scripts matching /^(dynamics|invite)/, demo)
# A typical check of a change to the describe and dynamics commands:
#   COMPARE_ONLY='^(describe|dynamics)' COMPARE_PARTS=e2e,demo \
#   COMPARE_DEMO='^(describe|dynamics)' tools/compare-binaries.sh old/synergist build/synergist
#
# Each binary runs, in turn, the same fixed list of commands:
#   help     `help`, `help TOPIC` for every command, group and help topic,
#            `COMMAND --help`, an unknown and an ambiguous command;
#   e2e      every tests/e2e/*.sh script, with $SYN a recorder that runs the
#            binary and keeps each invocation's arguments, stdout, stderr
#            and exit code (the script's own temporary folder is
#            written as $T, so two runs compare); the script's status too.
#            `serve`, the SIGKILL fault sample and serve_concurrent (answers
#            sent at once, the server killed at a random moment) run
#            unrecorded, their script's status is still compared;
#   demo     `demo` into a new study (its SQL dump compared, password
#            hashes and salts written as <salt> and <hash>), then on copies
#            of ONE demo study (made by OLD) every listing and analysis a
#            partnership programme uses, the reports in English and French
#            (HTML) and the Excel workbook (each member of the archive but its
#            creation date).
# The two binaries run at the same time, each on its own copies (each side
# has its own copy of the demo study, made before either starts, so neither
# waits on the other's lock).
# What differs between two runs of one binary (wall-clock times, random
# tokens of 22 or 43 characters, password hashes, GUIDs and study ids, test
# servers' ports, timings) is written as
# <time>, <token>, ... on both sides. Then every recorded file of OLD is
# compared with NEW's (diff -r). Exit 0
# when all is identical, 1 with the differences listed otherwise.
# The records stay in WORKDIR (default: a new temporary folder, printed).
set -u
[ $# -ge 2 ] || { echo "usage: $0 OLD NEW [WORKDIR]" >&2; exit 2; }
OLD=$(readlink -f "$1"); NEW=$(readlink -f "$2")
SRC=$(cd "$(dirname "$0")/.." && pwd)
W=${3:-$(mktemp -d)}
mkdir -p "$W"
PARTS=" $(printf '%s' "${COMPARE_PARTS:-help e2e demo}" | tr ',' ' ') "
for p in $PARTS; do
  case $p in help|e2e|demo) ;; *) echo "compare: COMPARE_PARTS: no part '$p' (help, e2e, demo)" >&2; exit 2;; esac
done
part(){ case $PARTS in *" $1 "*) return 0;; esac; return 1; }
ONLY=${COMPARE_ONLY:-}
DEMO_ONLY=${COMPARE_DEMO:-}
for rx in "$ONLY" "$DEMO_ONLY"; do
  [ -z "$rx" ] && continue
  echo | grep -Eq -- "$rx"; [ $? -le 1 ] || { echo "compare: bad regular expression '$rx'" >&2; exit 2; }
done
export SYNERGIST_TODAY=2018-12-31 LC_ALL=C.UTF-8 LANGUAGE= TZ=UTC
unset SYNERGIST_STUDY SYNERGIST_USER

# The recorder put in place of the binary for the e2e scripts.
REC="$W/rec.sh"
cat > "$REC" <<'EOF'
#!/usr/bin/env bash
# Runs $CMP_BIN with the arguments; keeps them, stdout, stderr, the exit
# status and the test's folder (written as $T afterwards) in $CMP_DIR/NNNN.*
for a in "$@"; do [ "$a" = serve ] && exec "$CMP_BIN" "$@"; done
[ -n "${CMP_NORECORD:-}" ] && exec "$CMP_BIN" "$@"
n=0; [ -e "$CMP_DIR/.n" ] && read -r n < "$CMP_DIR/.n"; n=$((n+1)); echo $n > "$CMP_DIR/.n"
printf -v f '%s/%04d' "$CMP_DIR" $n
[ -n "${STUDY:-}" ] && printf '%s\n' "${STUDY%/*}" > "$f.t"
printf '%s\n' "$@" > "$f.args"
"$CMP_BIN" "$@" >"$f.out" 2>"$f.err"; rc=$?
cat "$f.out"; cat "$f.err" >&2
echo $rc > "$f.rc"
exit $rc
EOF
chmod +x "$REC"

# run_one LABEL BIN: every command of the list, records in $W/LABEL.
run_one(){
  local label=$1 bin=$2 d="$W/$1"
  # run_one runs in its own process: each side reads its own catalogue.
  [ -d "$(dirname "$bin")/locale" ] && export SYNERGIST_LOCALEDIR="$(dirname "$bin")/locale"
  rm -rf "$d"; mkdir -p "$d/help" "$d/e2e" "$d/demo"
  local i=0
  rec(){ i=$((i+1)); local f; f=$(printf '%s/%04d' "$1" $i); shift
         printf '%s\n' "$@" > "$f.args"; "$@" >"$f.out" 2>"$f.err" </dev/null; echo $? > "$f.rc"; }
  if part help; then
  local names; names=$("$OLD" help | sed -n 's/^  \([a-z][a-z -]*[a-z]\)  .*/\1/p')
  rec "$d/help" "$bin" help
  rec "$d/help" "$bin" --help
  rec "$d/help" "$bin"
  for t in exit-codes formats environment limits nosuchtopic; do rec "$d/help" "$bin" help $t; done
  while read -r c; do
    [ -n "$c" ] || continue
    rec "$d/help" "$bin" help $c
    rec "$d/help" "$bin" $c --help
    rec "$d/help" "$bin" help ${c%% *}
  done <<< "$names"
  for c in "nosuch" "m" "me" "co" "test-search-time" "test-autocode-time"; do rec "$d/help" "$bin" $c; done
  fi
  # e2e
  part e2e && for s in "$SRC"/tests/e2e/*.sh; do
    local name; name=$(basename "$s" .sh)
    [ "$name" = lib ] && continue
    [ -n "$ONLY" ] && ! grep -Eq -- "$ONLY" <<< "$name" && continue
    mkdir -p "$d/e2e/$name"
    local norec=; case $name in faults_sample|serve_concurrent) norec=1;; esac
    ( cd "$d/e2e/$name" && CMP_BIN="$bin" CMP_DIR="$d/e2e/$name" CMP_NORECORD=$norec SYN="$REC" \
      E2E_LIB="$SRC/tests/e2e/lib.sh" TESTDATA="$SRC/tests/data" SOURCE_DIR="$SRC" \
      BUILD_DIR="$(dirname "$bin")" bash "$s" >/dev/null 2>&1 </dev/null; echo $? > "$d/e2e/$name/.status" )
    rm -f "$d/e2e/$name/.n"
  done
  # demo: a new one (dump compared), then commands on copies of OLD's
  part demo || return 0
  local db="$d/demo/new.db"
  rec "$d/demo" "$bin" --study "$db" demo
  sqlite3 "$db" .dump > "$d/demo/new.sql" 2>&1; rm -f "$db" "$db"-wal "$db"-shm
  local base="$W/demo-base-$label.db"
  local -a cmds=(
    "info" "partnership list" "member list" "member list PCCP --attributes"
    "organisation list" "sector list" "meeting list" "timeline list PCCP"
    "describe stakeholder_group" "describe stakeholder_group organisation --current --layout long"
    "describe stakeholder_group --interviewees" "dynamics" "dynamics PCCP" "instrument list" "wave list"
    "response list" "score --instrument psf" "score --instrument psf --items"
    "score --instrument psf --between" "score --instrument psf --balance" "score --instrument psf --change"
    "diagnose" "diagnose PCCP" "portfolio" "screen list" "screen checklist"
    "source list" "code list" "coder list" "segment list" "memo list" "audit"
    "search trust" "search --explain trust" "cooccurrence" "agreement --coders ana,ben"
    "matrix" "synthesis" "autocode rule list" "suggest list" "redact term list"
    "network list" "network metrics" "network mismatches" "codebook export"
    "setting gap_days" "token export PCCP followup2" "instrument show psf" "report --out \$D/r.html --lang en"
    "report --out \$D/r-fr.html --lang fr" "report --xlsx \$D/r.xlsx --out \$D/r2.html"
    "report --programme --out \$D/p.html" "qdpx export \$D/x.qdpx"
  )
  for fmt in text csv json; do
    for c in "${cmds[@]}"; do
      [ -n "$DEMO_ONLY" ] && ! grep -Eq -- "$DEMO_ONLY" <<< "$c" && continue
      local cp="$d/demo/copy.db"; rm -f "$cp"*
      sqlite3 "$base" ".backup $cp"
      local D="$d/demo/files"; rm -rf "$D"; mkdir -p "$D"
      i=$((i+1)); local f; f=$(printf '%s/demo/%04d' "$d" $i)
      echo "$fmt: $c" > "$f.args"
      eval "\"$bin\" --study \"$cp\" --format $fmt $c" >"$f.out" 2>"$f.err" </dev/null; echo $? > "$f.rc"
      for x in "$D"/*; do
        [ -e "$x" ] || continue
        case "$x" in
          *.xlsx|*.qdpx) mkdir -p "$f.zip"; (cd "$f.zip" && unzip -qo "$x" && rm -f docProps/core.xml) ;;
          *) cp "$x" "$f.$(basename "$x")" ;;
        esac
      done
      sed -i "s#$d/demo#\$D#g" "$f.out" "$f.err"
    done
    [ "$fmt" = text ] || true
  done
  rm -rf "$d/demo/files" "$d/demo/copy.db"*
}

# One demo study made by OLD, then one copy for each side, made one after
# the other before either side starts (two sides opening one file at once
# meet "database is locked").
if part demo; then
  rm -f "$W"/demo-base*.db*
  "$OLD" --study "$W/demo-base.db" demo >/dev/null 2>&1 || { echo "compare: the old binary's demo failed" >&2; exit 2; }
  for side in old new; do
    sqlite3 "$W/demo-base.db" ".backup '$W/demo-base-$side.db'" ||
      { echo "compare: cannot copy the demo study" >&2; exit 2; }
  done
fi
echo "compare: records in $W"
run_one old "$OLD" & run_one new "$NEW" & wait
# A test's temporary folder is written $T, the binaries' own paths $BIN.
python3 - "$W" "$OLD" "$NEW" <<'PYEOF'
import os, re, sys
w, old, new = sys.argv[1], sys.argv[2].encode(), sys.argv[3].encode()
# What differs between two runs of the same binary, written the same way on
# both sides: wall-clock times, random survey tokens, GUIDs and study ids,
# the ports of test servers, measured seconds.
VARY = [
    (re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"), b"<time>"),
    (re.compile(rb"\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b"), b"<guid>"),
    (re.compile(rb"'study_uuid','[0-9a-f]{32}'"), b"'study_uuid','<uuid>'"),
    # argon2id strings (libsodium): parameters kept, salt and hash masked.
    (re.compile(rb"(\$argon2id?\$v=\d+\$m=\d+,t=\d+,p=\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+"), rb"\1$<salt>$<hash>"),
    # Random tokens, base64url: 128 bits (22 characters), 256 bits (43).
    (re.compile(rb"(?<![A-Za-z0-9_-])'?(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])(?:[A-Za-z0-9_-]{43}|[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])"), b"<token>"),
    (re.compile(rb"127\.0\.0\.1:\d+"), b"127.0.0.1:<port>"),
    (re.compile(rb"port \d+ after \d+ ms"), b"port <port> after <ms> ms"),
    (re.compile(rb"timing: [^\n]*"), b"timing: <seconds>"),
]
for side in ("old", "new"):
    here = os.path.join(w, side).encode()
    for root, dirs, files in os.walk(os.path.join(w, side)):
        ts = {}
        for f in files:
            if f.endswith(".t"):
                ts[f[:-2]] = open(os.path.join(root, f), "rb").read().strip()
        for f in files:
            p = os.path.join(root, f)
            if f.endswith(".t") or not os.path.isfile(p): continue
            b = open(p, "rb").read(); b0 = b
            t = ts.get(f.split(".")[0])
            if t: b = b.replace(t, b"$T")
            b = b.replace(old, b"$BIN").replace(new, b"$BIN").replace(here, b"$W/SIDE")
            for rx, to in VARY: b = rx.sub(to, b)
            if b != b0: open(p, "wb").write(b)
        for f in files:
            if f.endswith(".t"): os.remove(os.path.join(root, f))
PYEOF
n=$(find "$W/old" -type f | wc -l)
if diff -r "$W/old" "$W/new" > "$W/diff.txt"; then
  what=
  part help && what="help"
  part e2e && what="${what:+$what, }$(ls "$W/old/e2e" | wc -l) e2e scripts${ONLY:+ matching /$ONLY/}"
  part demo && what="${what:+$what, }demo${DEMO_ONLY:+ (commands matching /$DEMO_ONLY/)}"
  echo "compare: identical ($n recorded files: $what)"
  exit 0
fi
echo "compare: DIFFERENT ($(grep -c '^diff\|^Only' "$W/diff.txt") files; see $W/diff.txt)"
head -60 "$W/diff.txt"
exit 1
