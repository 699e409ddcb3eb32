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
expect_contains "init is idempotent" "schema version 4" "$OUT"
# A study of schema version 3 (before 004_activity.sql's date indexes) is
# upgraded when opened, its data kept: the indexes appear and the day the
# data ends (diagnose's as-of rules) is read from them.
"$SYN" partnership add OLD --name Old >/dev/null
"$SYN" member add OLD 001 --joined 2019-02-01 --left 2019-09-30 >/dev/null
"$SYN" meeting add OLD 2019-05-01 >/dev/null
cp "$STUDY" "$T/v3.db"
sqlite3 "$T/v3.db" "DROP INDEX meeting_date; DROP INDEX wave_opens; DROP INDEX wave_closes; DROP INDEX event_date;
  DROP INDEX event_end; DROP INDEX member_joined; DROP INDEX member_left; PRAGMA user_version=3"
expect_eq "old study has no date index" "0" "$(sqlite3 "$T/v3.db" "SELECT count(*) FROM sqlite_schema WHERE name='member_left'")"
expect_status 0 "$SYN" --study "$T/v3.db" member list OLD --format csv
expect_contains "upgraded study keeps its members" "001" "$OUT"
expect_eq "upgraded to version 4" "4" "$(sqlite3 "$T/v3.db" 'PRAGMA user_version')"
expect_eq "date indexes added" "7" "$(sqlite3 "$T/v3.db" "SELECT count(*) FROM sqlite_schema WHERE type='index' AND name IN
  ('meeting_date','wave_opens','wave_closes','event_date','event_end','member_joined','member_left')")"
plan=$(sqlite3 "$T/v3.db" "EXPLAIN QUERY PLAN SELECT max(left_on) FROM member WHERE left_on<='2020-01-01'")
expect_contains "last activity read from an index" "member_left" "$plan"
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
