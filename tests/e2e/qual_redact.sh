# Pseudonymisation: members' real names become "[PID]" and extra terms their
# pseudonyms in redacted copies, source show and segment texts; --names shows
# the original (offsets from Python str.index on the file). Matching ignores case, takes whole words, any white space.
. "$E2E_LIB"
D="$TESTDATA/qual"
"$SYN" init >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" member add CHRP 021 --name "Dana Whitfield" >/dev/null
"$SYN" member add CHRP 022 --name "Dan" >/dev/null
"$SYN" source import "$D/int_chrp_021.txt" --partnership CHRP --kind interview --participant 021 >/dev/null
expect_status 0 "$SYN" redact term add "health authority" --as "[agency]"
expect_status 0 "$SYN" redact term list --format csv
expect_eq "terms (real names not listed)" "term,replacement,kind
health authority,[agency],term" "$OUT"
# With --names, the names and their words too ("Dan" is 022's whole name,
# so it is not repeated as a word).
expect_status 0 "$SYN" --names redact term list --format csv
expect_eq "terms with --names" "term,replacement,kind
health authority,[agency],term
Dan,[022],name
Dana Whitfield,[021],name
DANA,[021],name part
Dana,[021],name part
WHITFIELD,[021],name part
Whitfield,[021],name part" "$OUT"

expect_status 0 "$SYN" source show int_chrp_021 --start 299 --end 461
expect_eq "name and term replaced; 'Dan' not inside 'Dana'" "Now I can call [021] at the clinic and she answers the same day. We share the
waiting-list figures, which nobody outside the [agency] had before." "$OUT"
expect_status 0 "$SYN" --names source show int_chrp_021 --start 299 --end 335
expect_eq "--names shows the original" "Now I can call Dana Whitfield at the" "$OUT"

expect_status 0 "$SYN" redact --out "$T/shared"
expect_contains "file written" "$T/shared/int_chrp_021.txt" "$OUT"
expect_contains "summary" "1 sources written, 1 with replacements (7 terms)" "$OUT"
R=$(cat "$T/shared/int_chrp_021.txt")
expect_not_contains "no real name in the copy" "Whitfield" "$R"
expect_contains "pseudonym in the copy" "call [021] at the clinic" "$R"
expect_status 0 "$SYN" redact term remove "health authority"
expect_status 1 "$SYN" redact term remove "health authority"
expect_status 2 "$SYN" redact
echo "qual_redact: ok"
