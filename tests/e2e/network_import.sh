# Tie import: every problem listed at FILE:LINE:FIELD with the study
# unchanged; a tie imported twice is refused unless --replace; export then
# import --replace gives the same ties.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" member add PCCP 011 --organisation "North Health" --joined 2014-01-01 >/dev/null
"$SYN" member add PCCP 012 --organisation "City Univ" --joined 2014-01-01 >/dev/null
"$SYN" member add PCCP 013 --organisation "Old Clinic" --joined 2014-01-01 --left 2015-03-01 >/dev/null
"$SYN" member add PCCP 014 --joined 2014-01-01 >/dev/null
"$SYN" organisation add "Nowhere Far" >/dev/null
"$SYN" wave add PCCP baseline --opens 2014-06-01 >/dev/null
"$SYN" wave add PCCP followup --opens 2016-01-01 >/dev/null
before=$(sqlite3 "$STUDY" .dump | md5sum)
f="$TESTDATA/network/ties_bad.csv"
expect_status 3 "$SYN" network import "$f"
expect_contains "unknown partnership" "$f:3:1: unknown partnership 'NOPE'" "$ERR"
expect_contains "unknown wave" "$f:4:2: unknown wave 'w9' of PCCP" "$ERR"
expect_contains "unknown member" "$f:5:3: unknown member '099' of PCCP" "$ERR"
expect_contains "own organisation" "$f:6:4: member '011' names their own organisation 'North Health'" "$ERR"
expect_contains "unknown organisation" "$f:7:4: unknown organisation 'Nowhere Inc'" "$ERR"
expect_contains "collaboration range" "$f:8:5: collaboration '6' is not a whole number from 0 to 5" "$ERR"
expect_contains "frequency range" "$f:9:6: frequency '9' is not a whole number from 0 to 5" "$ERR"
expect_contains "rating range" "$f:9:7: trust_reliable '5' is not a whole number from 1 to 4" "$ERR"
expect_contains "repeated pair" "$f:10:4: repeated pair: 011 already named 'City Univ' in this wave on line 2" "$ERR"
expect_contains "left before the wave" "$f:11:3: member '013' of PCCP was not a member when wave followup opened (2016-01-01)" "$ERR"
expect_contains "organisation gone" "$f:12:4: organisation 'Old Clinic' had no member in PCCP when wave followup opened" "$ERR"
expect_contains "not a number" "$f:13:5: collaboration 'x' is not a whole number" "$ERR"
expect_contains "no organisation" "$f:14:3: member '014' of PCCP has no organisation in the roster" "$ERR"
expect_contains "summary" "13 problems found; nothing was changed" "$ERR"
expect_eq "study unchanged" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
printf 'partnership,wave,respondent,organisation\n' > "$T/nocol.csv"
expect_status 3 "$SYN" network import "$T/nocol.csv"
expect_contains "missing column" "nocol.csv:1: missing required column 'collaboration'" "$ERR"
printf 'partnership,wave,respondent,organisation,collaboration,colour\n' > "$T/extra.csv"
expect_status 3 "$SYN" network import "$T/extra.csv"
expect_contains "unknown column" "extra.csv:1:6: unknown column 'colour'" "$ERR"
expect_eq "study still unchanged" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"

g="$TESTDATA/network/ties_good.csv"
expect_status 0 "$SYN" network import "$g"
expect_eq "imported" "4 ties imported from $g" "$OUT"
expect_status 3 "$SYN" network import "$g"
expect_contains "already imported" "$g:2:4: 011 already named 'City Univ' in PCCP wave baseline (use --replace" "$ERR"
"$SYN" network export > "$T/export.csv"
expect_eq "export = import file" "$(cat "$g")" "$(cat "$T/export.csv")"
expect_status 0 "$SYN" network import --replace "$T/export.csv"
expect_eq "replaced" "4 ties imported from $T/export.csv (4 replaced)" "$OUT"
expect_eq "round trip" "$(cat "$g")" "$("$SYN" network export)"
list=$("$SYN" network list PCCP --wave followup --format csv)
expect_contains "list with respondent's organisation" "PCCP,followup,011,North Health,City Univ,3,4,4,4,4,4,4,4" "$list"
# A wave with ties cannot be removed behind their back.
expect_status 1 "$SYN" wave remove PCCP followup
# Change, by hand: baseline has North Health, City Univ, Old Clinic with
# ties NH-CU (2 and 4) and OC-CU (1); followup has NH-CU (3) only.
chg=$("$SYN" network change PCCP --from baseline --to followup --detail --format csv)
expect_contains "left" "left,Old Clinic,,1," "$chg"
expect_contains "tie lost" "tie_lost,City Univ,Old Clinic,1,0" "$chg"
expect_not_contains "no tie gained" "tie_gained" "$chg"
fig=$("$SYN" network change PCCP --from baseline --to followup --format csv)
expect_contains "nodes" "nodes,3,2,-1" "$fig"
expect_contains "density" "density,0.6667,1.0000,0.3333" "$fig"
expect_contains "mean level" "mean_collaboration,2.33,3.00,0.67" "$fig"
expect_status 1 "$SYN" network change PCCP --from baseline --to w9
expect_status 2 "$SYN" network change PCCP --from baseline
# --wave naming no wave is an error (exit 1, "failed: not found"), not an empty table.
for c in list export metrics mismatches synergy; do
  expect_status 1 "$SYN" network $c PCCP --wave w9
  expect_contains "$c: unknown wave named" "no wave 'w9' in PCCP" "$ERR"
  expect_eq "$c: nothing printed" "" "$OUT"
done
expect_status 1 "$SYN" network metrics --wave w9
expect_contains "no partnership has it" "no partnership has a wave 'w9'" "$ERR"
expect_status 0 "$SYN" network metrics PCCP --wave followup
echo "network_import: ok"
