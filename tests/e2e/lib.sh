# lib.sh: helpers for end-to-end tests. Each test script sources this file:
#   . "$E2E_LIB"
# It gets a fresh temporary directory in $T (removed on exit), a study path in
# $STUDY exported as SYNERGIST_STUDY, errexit, nounset and pipefail (a
# pipeline fails when any command in it fails), and these assertions, each of which
# prints what it expected and what it got, then exits 1:
#   expect_eq WHAT EXPECTED ACTUAL
#   expect_contains WHAT NEEDLE HAYSTACK   (an empty NEEDLE fails: it would match anything)
#   expect_not_contains WHAT NEEDLE HAYSTACK
#   expect_status WANT CMD...    runs CMD, checks its exit status; output in $OUT, stderr in $ERR
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export STUDY="$T/study.db"
export SYNERGIST_STUDY="$STUDY"
export SYNERGIST_TODAY="${SYNERGIST_TODAY:-2018-12-31}"
export LC_ALL=C.UTF-8 LANGUAGE=
fail(){ echo "FAIL: $*" >&2; exit 1; }
expect_eq(){
  [ "$2" = "$3" ] || { printf 'FAIL: %s\n--- expected\n%s\n--- got\n%s\n' "$1" "$2" "$3" >&2; exit 1; }
}
expect_contains(){
  [ -n "$2" ] || { printf 'FAIL: %s\n--- expected to contain an empty string (a failed command?)\n--- in\n%s\n' "$1" "$3" >&2; exit 1; }
  case "$3" in *"$2"*) ;; *) printf 'FAIL: %s\n--- expected to contain\n%s\n--- got\n%s\n' "$1" "$2" "$3" >&2; exit 1;; esac
}
expect_not_contains(){
  case "$3" in *"$2"*) printf 'FAIL: %s\n--- expected not to contain\n%s\n--- got\n%s\n' "$1" "$2" "$3" >&2; exit 1;; esac
}
expect_status(){
  local want=$1; shift
  set +e
  OUT=$("$@" 2>"$T/.stderr"); local got=$?
  set -e
  ERR=$(cat "$T/.stderr")
  [ "$got" = "$want" ] || { printf 'FAIL: exit status of %s\n expected %s, got %s\n--- stdout\n%s\n--- stderr\n%s\n' "$*" "$want" "$got" "$OUT" "$ERR" >&2; exit 1; }
}
set -e -o pipefail
# serve_start [OPTIONS...]: starts `synergist serve` on a free loopback port
# (its log in $T/serve.log); sets $PORT, $BASE and $SERVE_PID.
# serve_stop: SIGTERM, waits, and checks it stopped cleanly (exit 0).
serve_start(){
  rm -f "$T/port"
  "$SYN" serve --port 0 --port-file "$T/port" "$@" 2>"$T/serve.log" &
  SERVE_PID=$!
  for _ in $(seq 100); do [ -s "$T/port" ] && break; sleep 0.05; done
  [ -s "$T/port" ] || { cat "$T/serve.log" >&2; fail "server did not start"; }
  PORT=$(cat "$T/port"); BASE="http://127.0.0.1:$PORT"
  trap 'kill $SERVE_PID 2>/dev/null; rm -rf "$T"' EXIT
}
serve_stop(){
  kill -TERM "$SERVE_PID"
  local rc=0; wait "$SERVE_PID" || rc=$?
  [ "$rc" = 0 ] || { cat "$T/serve.log" >&2; fail "server exit status $rc after SIGTERM"; }
  trap 'rm -rf "$T"' EXIT
}
# serve_signin JAR NAME PASSWORD: signs NAME in to the workspace through
# the sign-in form, keeping cookies in $T/JAR; prints the status (303 when
# signed in); headers in $T/h, body in $T/b.
serve_signin(){
  curl -s -c "$T/$1" -b "$T/$1" -o "$T/b" "$BASE/signin"
  local pre; pre=$(grep -o 'name="csrf" value="[^"]*"' "$T/b" | cut -d'"' -f4)
  curl -s -o "$T/b" -D "$T/h" -w '%{http_code}' -c "$T/$1" -b "$T/$1" --data-urlencode "csrf=$pre" \
    --data-urlencode "name=$2" --data-urlencode "password=$3" "$BASE/signin"
}
# csrf_of JAR: the CSRF token of JAR's session (from a workspace page).
csrf_of(){ curl -s -b "$T/$1" "$BASE/w/sources" | grep -o 'name="csrf-token" content="[^"]*"' | cut -d'"' -f4; }
# programme_gen DIR P W R: a new study and bench/programme_gen.py's files
# for P partnerships x W waves x R members in DIR (answers in DIR/answers.csv).
# programme_import DIR [ANSWERS]: imports them into the study (ANSWERS
# instead of DIR/answers.csv, e.g. an edited copy).
programme_gen(){
  "$SYN" init >/dev/null
  "$SYN" --format csv instrument show psf >"$T/items.csv"
  python3 "$SOURCE_DIR/bench/programme_gen.py" "$1" "$T/items.csv" "$2" "$3" "$4"
}
programme_import(){
  "$SYN" partnership import "$1/partnerships.csv" >/dev/null
  "$SYN" member import "$1/members.csv" >/dev/null
  "$SYN" wave import "$1/waves.csv" >/dev/null
  "$SYN" meeting import "$1/meetings.csv" >/dev/null
  "$SYN" response import "${2:-$1/answers.csv}" --instrument psf >/dev/null
}
