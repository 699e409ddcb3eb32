# completion_options.sh: every option the bash completion offers a command
# (tools/helpdoc.sh takes them from the command's Usage lines and option
# list) is one the command accepts. Each is run on an empty study as
# `CMD OPTION x --zz-sentinel`: a command that knows OPTION takes it (and
# x as its value or an argument) and then refuses the sentinel, or says
# what OPTION's value must be; one that does not refuses OPTION itself.
# Also: options named only in a help's prose are not offered (serve's
# text mentions score's --include-partial).
# Under the sanitizers (make asan) each command is run with the first
# option it is offered only: the check is of the help and the completion,
# which the plain build makes whole, and a sanitized start costs a third of
# a second; every command's option parser still runs sanitized.
# The completion is the one the build wrote from this binary
# ($BUILD_DIR/synergist.bash, what make install installs), written anew
# only when missing or older than the binary or tools/helpdoc.sh.
. "$E2E_LIB"
c="$BUILD_DIR/synergist.bash"
if [ -s "$c" ] && [ "$c" -nt "$SYN" ] && [ "$c" -nt "$SOURCE_DIR/tools/helpdoc.sh" ]; then
  cp "$c" "$T/completion"
else
  bash "$SOURCE_DIR/tools/helpdoc.sh" bash "$SYN" > "$T/completion"
fi
"$SYN" init >/dev/null
n=0; last=
while IFS=$'\t' read -r cmd opt; do
  if [ "${SYNERGIST_TEST_SANITIZED:-0}" = 1 ]; then
    [ "$cmd" = "$last" ] && continue
    last=$cmd
  fi
  # shellcheck disable=SC2086
  rc=0; "$SYN" $cmd "$opt" x --zz-sentinel >/dev/null 2>"$T/err" </dev/null || rc=$?
  err=$(<"$T/err")
  case "$err" in
    *"unknown option $opt "*) fail "completion offers $opt for '$cmd', which refuses it: $err";;
    *"unknown option --zz-sentinel"*|*"$opt needs"*|*"$opt must"*) ;;
    *) fail "'$cmd $opt x' neither took $opt nor refused it (exit $rc): $err";;
  esac
  n=$((n + 1))
done < <(bash -c '. "$1"; for c in "${!_synergist_options[@]}"; do for o in ${_synergist_options[$c]}; do printf "%s\t%s\n" "$c" "$o"; done; done' _ "$T/completion" | sort)
min=200; [ "${SYNERGIST_TEST_SANITIZED:-0}" = 1 ] && min=60
[ "$n" -gt "$min" ] || fail "only $n options checked"
opts=$(bash -c '. "$1"; printf "%s" "${_synergist_options[serve]}"' _ "$T/completion")
expect_contains "serve offers --port-file" "--port-file" "$opts"
expect_not_contains "serve does not offer score's option" "--include-partial" "$opts"
opts=$(bash -c '. "$1"; printf "%s" "${_synergist_options[segment recode]}"' _ "$T/completion")
expect_not_contains "segment recode does not offer audit's option" "--action" "$opts"
echo "completion_options: $n options checked"
