# A study with a damaged page: every listing that reads the damaged table
# stops with exit 5 and a database error, and prints no partial table
# (before, a row loop could take the error for the end of the rows).
# The demo study is rebuilt with 512-byte pages so each table spans several
# leaf pages; the LAST leaf of the table and of each of its indexes (dbstat
# tree order; a listing may read only a covering index) gets a page type of
# 0xFF, so the rows before it read fine and the error comes mid-listing.
. "$E2E_LIB"
expect_status 0 "$SYN" demo
sqlite3 "$STUDY" "PRAGMA journal_mode=DELETE; PRAGMA page_size=512; VACUUM; PRAGMA journal_mode=WAL;" >/dev/null
expect_eq "integrity before" "ok" "$(sqlite3 "$STUDY" 'PRAGMA integrity_check')"
cp "$STUDY" "$T/pristine.db"

# check TABLE CMD...: on a copy of the pristine study whose TABLE (and its
# indexes) has its last leaf page damaged, CMD fails with exit 5, a database
# error, and no output.
check(){
  local table=$1; shift
  local leaves
  leaves=$(sqlite3 "$T/pristine.db" "SELECT count(*) FROM dbstat WHERE name='$table' AND pagetype='leaf'")
  [ "$leaves" -ge 2 ] || fail "$table has $leaves leaf pages; the damage would not be mid-listing"
  local pages
  pages=$(sqlite3 "$T/pristine.db" "SELECT (SELECT pageno FROM dbstat d WHERE d.name=m.name AND pagetype='leaf'
                                     ORDER BY path DESC LIMIT 1)
                                    FROM sqlite_schema m WHERE m.tbl_name='$table' AND m.rootpage>0")
  # The command works on the intact study and prints rows.
  cp "$T/pristine.db" "$STUDY"; rm -f "$STUDY-wal" "$STUDY-shm"
  expect_status 0 "$SYN" "$@"
  [ -n "$OUT" ] || fail "$* printed nothing on the intact study"
  for page in $pages; do
    printf '\377\377\377\377\377\377\377\377' | dd of="$STUDY" bs=1 seek=$(( (page-1)*512 )) conv=notrunc status=none
  done
  expect_status 5 "$SYN" "$@"
  expect_contains "$* ($table pages $pages): error" "synergist: error:" "$ERR"
  expect_contains "$* ($table pages $pages): database error" "malformed" "$ERR"
  expect_eq "$* ($table pages $pages): no partial table" "" "$OUT"
}
check member member list
check member member export
check organisation organisation list
check response score --instrument psf
check response response list
check segment segment list
check segment code list
check source source list
check search_chunk search the --limit 0
check meeting meeting list
check attendance dynamics PCCP --table members
check audit audit
check code code list
check tie network list
echo "corrupt_page: ok"
