# The study file: creation, application id, refusal of files that are not
# studies or come from a newer version (never modified), study selection.
. "$E2E_LIB"
expect_status 4 "$SYN" partnership list
expect_contains "missing study" "no study at" "$ERR"
expect_status 0 "$SYN" init
[ -f "$STUDY" ] || fail "init did not create $STUDY"
appid=$(sqlite3 "$STUDY" "PRAGMA application_id")
expect_eq "application id" "1398361671" "$appid"
expect_eq "journal mode" "wal" "$(sqlite3 "$STUDY" 'PRAGMA journal_mode')"
expect_status 0 "$SYN" init
expect_contains "init is idempotent" "schema version 3" "$OUT"
# Not a study: a text file and a foreign SQLite database stay untouched.
echo "hello" > "$T/notes.txt"
sum=$(md5sum < "$T/notes.txt")
expect_status 4 "$SYN" --study "$T/notes.txt" partnership list
expect_contains "text file refused" "not a synergist study" "$ERR"
expect_status 4 "$SYN" --study "$T/notes.txt" init
expect_eq "text file untouched" "$sum" "$(md5sum < "$T/notes.txt")"
sqlite3 "$T/other.db" "CREATE TABLE t(x); INSERT INTO t VALUES(1);"
sum=$(md5sum < "$T/other.db")
expect_status 4 "$SYN" --study "$T/other.db" init
expect_eq "foreign database untouched" "$sum" "$(md5sum < "$T/other.db")"
# A study from a newer synergist.
cp "$STUDY" "$T/newer.db"
sqlite3 "$T/newer.db" "PRAGMA user_version=999"
sum=$(md5sum < "$T/newer.db")
expect_status 4 "$SYN" --study "$T/newer.db" partnership list
expect_contains "newer refused" "newer synergist" "$ERR"
expect_eq "newer study untouched" "$sum" "$(md5sum < "$T/newer.db")"
# --study wins over $SYNERGIST_STUDY; ./synergist.db is the default.
expect_status 0 "$SYN" --study "$T/b.db" init
"$SYN" --study "$T/b.db" partnership add BBB --name B >/dev/null
expect_status 0 "$SYN" partnership list --format csv
expect_not_contains "env study unchanged" "BBB" "$OUT"
( cd "$T" && unset SYNERGIST_STUDY && "$SYN" init >/dev/null && [ -f "$T/synergist.db" ] ) || fail "default ./synergist.db not created"
expect_status 0 "$SYN" info --format json
expect_contains "info json" '"schema_version"' "$OUT"
echo "study_file: ok"
