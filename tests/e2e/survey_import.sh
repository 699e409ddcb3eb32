# survey_import.sh: instruments (JSON and REDCap dictionaries in and out),
# waves, answer imports with every problem listed, member linking, tokens.
. "$E2E_LIB"
D="$TESTDATA/survey"
"$SYN" init >/dev/null
"$SYN" partnership add P --name "Case P" >/dev/null
"$SYN" partnership add PCCP --name "Case PCCP" >/dev/null
"$SYN" wave add P w1 --opens 2020-01-01 >/dev/null

# Built-in instrument: listed, 25 documented scales, bilingual.
expect_status 0 "$SYN" instrument list --format csv
expect_contains "psf built in" "psf,Partnership synergy and functioning,built-in,61,0" "$OUT"
expect_status 0 "$SYN" instrument show psf --scales --format csv
expect_eq "psf scales" "25" "$(printf '%s\n' "$OUT" | tail -n +2 | wc -l | tr -d ' ')"
for s in synergy resource_integration atmosphere benefits adaptation trust respect conflict power leadership \
         administration decision_making efficiency involvement heterogeneity resources_nonfinancial \
         resources_financial external_environment communication interpersonal operational system \
         benefits_checklist drawbacks_checklist satisfaction; do
  expect_contains "scale $s" "
$s," "$OUT"
done
expect_status 0 "$SYN" instrument show psf --lang fr --format csv
expect_contains "french label" "Les décisions sont prises de manière transparente." "$OUT"
expect_contains "conflict reversed" "co1,Les désaccords entre les membres restent longtemps sans solution.,1,5,9,yes,conflict" "$OUT"

# A JSON syntax error is reported with line and column; problems of meaning with their path.
printf '{\n  "synergist_instrument": 1,\n  "id": "x",,\n}\n' > "$T/broken.json"
expect_status 3 "$SYN" instrument import "$T/broken.json"
expect_contains "json line:col" "broken.json:3:13:" "$ERR"
printf '{"synergist_instrument":1,"id":"x","responses":[{"id":"r","min":1,"max":5}],"scales":[],\n"items":[{"id":"A b","label":"x","response":"nope","scales":["zz"]}]}\n' > "$T/bad.json"
expect_status 3 "$SYN" instrument import "$T/bad.json"
expect_contains "bad response ref" 'items[0]: no response scale "nope"' "$ERR"
expect_contains "bad scale ref" 'no scale "zz"' "$ERR"

# Answers: every problem listed with line and column, nothing imported.
"$SYN" instrument import "$D/tiny.json" >/dev/null
expect_status 3 "$SYN" response import "$D/bad_answers.csv" --instrument tiny
expect_contains "unknown column" "bad_answers.csv:1:9: unknown column \"q9\"" "$ERR"
expect_contains "out of range" "bad_answers.csv:3:4: item q1: 7 is outside 1..5 (not applicable: 9)" "$ERR"
expect_contains "no wave" "bad_answers.csv:4:3: no wave \"w9\" in P" "$ERR"
expect_contains "not a number" "bad_answers.csv:5:5: item q2: \"x\" is not a whole number" "$ERR"
expect_contains "no partnership" "bad_answers.csv:6:2: no partnership \"Z\"" "$ERR"
expect_contains "yes/no range" "bad_answers.csv:6:7: item g2: 2 is outside 0..1" "$ERR"
expect_status 0 "$SYN" response list --format csv
expect_eq "nothing imported" "partnership,wave,instrument,respondents,linked,partial,tokens,rate" "$OUT"
# Duplicates are found across the file (the other rows are fine here).
grep -v -e ',w9,' -e ',Z,' -e ',7,' "$D/bad_answers.csv" | sed 's/,q9$//; s/,1$//; s/,x,/,2,/' > "$T/dup.csv"
expect_status 3 "$SYN" response import "$T/dup.csv" --instrument tiny
expect_contains "duplicate" "dup.csv:3:1: respondent \"p1\" answered tiny twice in P w1" "$ERR"
expect_status 1 "$SYN" response import "$T/dup.csv" --instrument nosuch

# REDCap dictionary: radio/dropdown/yesno become items, others are skipped with a note.
cp "$D/redcap_dictionary.csv" "$T/pulse.csv"
expect_status 0 "$SYN" instrument import "$T/pulse.csv"
expect_contains "redcap items" "instrument pulse imported: 5 items, 4 scales" "$OUT"
expect_contains "descriptive skipped" "field \"intro\" skipped" "$ERR"
expect_contains "notes skipped" "field \"comments\" skipped" "$ERR"
expect_contains "calc skipped" "field \"total\" skipped" "$ERR"
expect_status 0 "$SYN" instrument show pulse --format csv
expect_contains "reverse from annotation" "tr_b,Partners hide their agendas.,1,5,,yes,trust overall" "$OUT"
expect_contains "na from choices" "tr_a,I can rely on the other partners.,1,5,9,no,trust overall" "$OUT"
expect_status 0 "$SYN" instrument show pulse --scales --format csv
expect_contains "checklist scored as count" "benefits_checklist,benefits_checklist,count,gain_a" "$OUT"

# REDCap export round trip: the exported dictionary imports to the same instrument.
"$SYN" instrument export psf --redcap --output "$T/psf_dict.csv"
expect_eq "record_id first" "record_id,psf,,text,Record ID,,,,,,,,,,,,," "$(sed -n 2p "$T/psf_dict.csv" | tr -d '\r')"
expect_status 0 "$SYN" instrument import "$T/psf_dict.csv" --id psfcopy
expect_contains "round trip" "61 items, 25 scales" "$OUT"
"$SYN" instrument show psf --format csv > "$T/a.csv"
"$SYN" instrument show psfcopy --format csv > "$T/b.csv"
expect_eq "same items" "$(cat "$T/a.csv")" "$(cat "$T/b.csv")"
"$SYN" instrument export psf > "$T/psf.json"
expect_status 0 "$SYN" instrument import "$T/psf.json" --id psfjson

# REDCap data export: record_id, event (arm suffix), DAG (case), case-insensitive items.
"$SYN" member add PCCP 011 >/dev/null
"$SYN" member add PCCP 012 >/dev/null
"$SYN" wave add PCCP baseline --opens 2020-01-01 >/dev/null
expect_status 0 "$SYN" response import "$D/redcap_export.csv" --instrument pulse
expect_contains "redcap export" "3 answer sets imported (13 answers), 2 linked to roster members" "$OUT"
expect_status 3 "$SYN" response import "$D/redcap_export.csv" --instrument pulse
expect_contains "second import refused" "respondent \"011\" answered pulse twice" "$ERR"

# Tokens: one per current member, unguessable, stable on re-issue; names only with --names.
"$SYN" member add PCCP 013 --name "Ann Example" --joined 2019-01-01 >/dev/null
"$SYN" member add PCCP 014 --left 2019-06-01 >/dev/null
expect_status 0 "$SYN" token issue PCCP baseline
expect_contains "three current" "3 tokens issued" "$OUT"
expect_status 0 "$SYN" token issue PCCP baseline
expect_contains "no new" "0 tokens issued" "$OUT"
expect_status 0 "$SYN" --raw token export PCCP baseline --format csv
expect_eq "export rows" "4" "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')"
expect_not_contains "no names" "Ann Example" "$OUT"
expect_eq "token shape (43 characters, a letter or digit first)" "3" "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | grep -cE '^[A-Za-z0-9][A-Za-z0-9_-]{42}$')"
expect_eq "tokens distinct" "3" "$(printf '%s\n' "$OUT" | tail -n +2 | cut -d, -f1 | sort -u | wc -l | tr -d ' ')"
expect_status 0 "$SYN" --names token export PCCP baseline --format csv
expect_contains "names on request" "013,PCCP,baseline,not started,,Ann Example" "$OUT"

# Waves: listed in order, removable only without answers.
"$SYN" wave add P w0 --opens 2019-06-01 >/dev/null
expect_status 0 "$SYN" wave list P --format csv
expect_eq "wave order" "partnership,wave,opens,closes,tokens,responses
P,w0,2019-06-01,,0,0
P,w1,2020-01-01,,0,0" "$OUT"
printf 'partnership,wave,opens,closes\nP,w5,2021-01-01,2021-01-31\nP,w6,2021-02-30,\nZ,w1,,\nP,w1,,\n' > "$T/waves.csv"
expect_status 3 "$SYN" wave import "$T/waves.csv"
expect_contains "wave date" "waves.csv:3:3: \"2021-02-30\" is not a date" "$ERR"
expect_contains "wave partnership" "waves.csv:4:1: no partnership 'Z'" "$ERR"
expect_contains "wave exists" "waves.csv:5:2: wave 'w1' of P already exists" "$ERR"
expect_status 2 "$SYN" wave add P w2 --opens 2020-13-01
expect_status 1 "$SYN" wave add P w1
expect_status 1 "$SYN" wave remove PCCP baseline
expect_status 0 "$SYN" wave remove P w0
expect_status 1 "$SYN" instrument remove pulse
expect_status 0 "$SYN" instrument remove psfjson
echo ok
