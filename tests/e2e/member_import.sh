# Member import: known columns, typed attributes, quoting with embedded
# commas and newlines, privacy of names, export that re-imports identically.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
expect_status 0 "$SYN" member import "$TESTDATA/roster/members.csv"
expect_contains "count" "4 members imported" "$OUT"
expect_eq "attribute types" "birth_date|date|3
gender|text|4
score|real|3
years_experience|integer|3" "$(sqlite3 "$STUDY" "SELECT name,type,count(*) FROM member_attr GROUP BY 1,2 ORDER BY 1")"
expect_status 0 "$SYN" member list --format csv
expect_not_contains "names private by default" "Example" "$OUT"
expect_contains "embedded newline kept" '"community organisation
representative"' "$OUT"
expect_status 0 "$SYN" --names member list --format csv
expect_contains "names on request" '"Example, Cy"' "$OUT"
expect_status 0 "$SYN" organisation list --format csv
expect_contains "organisation created with sector" '"Harbour Centre, East",nonprofit,1,1' "$OUT"
expect_contains "organisation without sector" 'North Network,health system,2,1' "$OUT"
# Export and import into a fresh study gives the same export.
"$SYN" --names member export > "$T/export.csv"
export SYNERGIST_STUDY="$T/copy.db"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
expect_status 0 "$SYN" member import "$T/export.csv"
"$SYN" --names member export > "$T/export2.csv"
expect_eq "round trip" "$(cat "$T/export.csv")" "$(cat "$T/export2.csv")"
expect_status 0 "$SYN" member show PCCP 012 --format csv
expect_contains "show" "years_experience,20" "$OUT"
expect_status 0 "$SYN" member edit PCCP 013 --left 2018-01-01 --attr gender=
expect_status 0 "$SYN" member show PCCP 013 --format csv
expect_contains "edited" "left,2018-01-01" "$OUT"
expect_not_contains "attribute removed" "gender,female" "$OUT"
expect_status 2 "$SYN" member edit PCCP 013 --joined 2019-02-30
echo "member_import: ok"
