# Every command that `synergist help` lists is run by some test: its words
# follow the program on a line of tests/e2e/*.sh or tests/browser/*.mjs
# ("$SYN" [GLOBAL OPTIONS] member list, syn('member', 'list')), comments
# left out. A new command without a test fails here.
. "$E2E_LIB"
bash "$SOURCE_DIR/tools/helpdoc.sh" commands "$SYN" > "$T/cmds"
[ "$(wc -l < "$T/cmds")" -ge 100 ] || fail "too few commands in synergist help"
# The test sources, continued lines joined, comments dropped, quotes,
# brackets and commas made spaces.
for f in "$SOURCE_DIR"/tests/e2e/*.sh "$SOURCE_DIR"/tests/browser/*.mjs; do
  [ "$(basename "$f")" = commands_tested.sh ] && continue
  sed -e ':a' -e '/\\$/{N;s/\\\n//;ba' -e '}' "$f" |
    sed -e 's/^[[:space:]]*#.*//' -e 's,^[[:space:]]*//.*,,' \
        -e "s/[\"'(),{}\`]/ /g" -e 's/\[/ /g' -e 's/\]/ /g' -e 's/[[:space:]][[:space:]]*/ /g'
done > "$T/calls"
[ -s "$T/calls" ] || fail "no test sources read"
missing=""
while read -r cmd; do
  re="(^| )[\$]?(SYN|syn)( --[a-z-]+( [^ -][^ ]*)?)* $cmd( |$)"
  grep -qiE "$re" "$T/calls" || missing="$missing  $cmd"$'\n'
done < "$T/cmds"
[ -z "$missing" ] || fail "commands no test runs:"$'\n'"$missing"
# The check itself finds a command a test runs, and not one none runs.
grep -qiE '(^| )[$]?SYN( --[a-z-]+( [^ -][^ ]*)?)* member list( |$)' "$T/calls" || fail "member list not found"
grep -qiE '(^| )[$]?SYN( --[a-z-]+( [^ -][^ ]*)?)* member frobnicate( |$)' "$T/calls" && fail "member frobnicate found"
echo "commands_tested: ok"
