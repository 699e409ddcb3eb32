# The command line: version, help for every command (with an example),
# unknown commands and options, unique prefixes and ambiguous ones.
. "$E2E_LIB"
expect_status 0 "$SYN" --version
expect_contains "version" "synergist 0." "$OUT"
expect_status 0 "$SYN" --help
expect_contains "command list" "member import" "$OUT"
# Every listed command has help with a usage line and an example.
bash "$SOURCE_DIR/tools/helpdoc.sh" commands "$SYN" > "$T/cmds"
n=$(wc -l < "$T/cmds")
[ "$n" -ge 100 ] || fail "expected at least 100 commands, got $n"
# every line of the command list read, three-word commands included
expect_eq "commands read" "$("$SYN" help | grep -c '^  [a-z]')" "$n"
grep -qx 'autocode rule add' "$T/cmds" || fail "three-word command missing from the list"
# Under the sanitizers (make asan) one command in 8 is asked here: the
# build ran every command's help sanitized already (tools/helpdoc.sh writes
# synergist.1 from them and fails on any error), the texts are the plain
# build's, which checks each, and a sanitized start costs a fifth of a second.
step=1; [ "${SYNERGIST_TEST_SANITIZED:-0}" = 1 ] && step=8
i=0
while read -r cmd; do
  i=$((i + 1)); [ $((i % step)) = 1 ] || [ "$step" = 1 ] || continue
  h=$("$SYN" help $cmd) || fail "help $cmd failed"
  expect_contains "help $cmd has usage" "Usage: synergist" "$h"
  expect_contains "help $cmd has an example" "Example" "$h"
done < "$T/cmds"
expect_status 0 "$SYN" help exit-codes
expect_contains "exit codes documented" "3  an input has problems; every problem is listed" "$OUT"
expect_contains "out of memory exits 5" "5  unexpected internal or database error, or out of memory" "$OUT"
expect_status 2 "$SYN" frobnicate
expect_contains "unknown command" "unknown command 'frobnicate'" "$ERR"
"$SYN" init >/dev/null
expect_status 2 "$SYN" partnership list --bogus
expect_contains "unknown option named" "unknown option --bogus" "$ERR"
expect_status 2 "$SYN" partnership add
expect_contains "missing argument" "needs 1 argument" "$ERR"
# Unique prefixes work; ambiguous ones list candidates.
expect_status 0 "$SYN" part add PCCP --name "Primary Care Connection"
expect_status 0 "$SYN" part l
expect_contains "prefix list" "PCCP" "$OUT"
expect_status 2 "$SYN" member e PCCP 011
expect_contains "ambiguous lists candidates" "member export" "$ERR"
expect_contains "ambiguous lists candidates" "member edit" "$ERR"
expect_status 2 "$SYN" --format xml partnership list
echo "cli_basics: ok"
