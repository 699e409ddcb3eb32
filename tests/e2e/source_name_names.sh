# A source named after a member (files are often named after the person
# interviewed) is imported with a warning, since source names are printed
# as they are; other names import silently. The member "Émilie
# Lévesque-Tremblay" gives the words Émilie, Lévesque, Tremblay; compared
# in any case and without accents, "_" and spaces separating words.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add P --name "P" >/dev/null
"$SYN" member add P 011 --name "Émilie Lévesque-Tremblay" >/dev/null
cd "$T"
printf 'Some text.\n' > interview_levesque_2016.txt
printf 'Some text.\n' > "EMILIE notes.txt"
printf 'Some text.\n' > interview_011.txt
printf 'Some text.\n' > tremblayville_minutes.txt
expect_status 0 "$SYN" source import interview_levesque_2016.txt "EMILIE notes.txt" interview_011.txt \
  tremblayville_minutes.txt --partnership P --kind interview
expect_contains "surname without accent" "source name 'interview_levesque_2016' holds a name" "$ERR"
expect_contains "given name in capitals" "source name 'EMILIE notes' holds a name" "$ERR"
expect_not_contains "neutral name" "interview_011' holds" "$ERR"
expect_not_contains "a name inside a longer word" "tremblayville_minutes' holds" "$ERR"
expect_eq "two warnings" "2" "$(printf '%s\n' "$ERR" | grep -c 'holds a name')"
expect_eq "all imported" "4" "$("$SYN" source list --format csv | tail -n +2 | wc -l)"
echo "source_name_names: ok"
