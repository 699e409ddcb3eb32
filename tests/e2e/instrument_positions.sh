# Problems of meaning in an instrument file are reported at FILE:LINE:COLUMN
# of the value they are about (columns in code points: the files hold é, è,
# û before some targets), sorted in file order; the import exits 3 and the
# study is left as it was. Positions counted by hand in the data files.
. "$E2E_LIB"
D="$TESTDATA/survey"
"$SYN" init >/dev/null
"$SYN" instrument import "$D/tiny.json" >/dev/null
before=$(sqlite3 "$STUDY" .dump | md5sum)
list_before=$("$SYN" instrument list)

# Checks of the whole instrument: the drawbacks scale "coûts" (line 5, value
# at column 48), the not-applicable code 3 (line 7, column 45), the scale
# "vide" no item lists (line 13, its object at column 3), item id "q1" again
# (line 17, after "Deuxième": column 39; 40 if bytes were counted).
F="$D/bad_meaning.json"
expect_status 3 "$SYN" instrument import "$F"
expect_eq "checks placed and sorted" "synergist: error: $F:5:48: balance: no scale \"coûts\"
synergist: error: $F:7:45: responses[0] (\"agree\"): the not-applicable code 3 lies inside 1..5
synergist: error: $F:13:3: scale \"vide\" has no items (list it in some item's scales)
synergist: error: $F:17:39: items[1]: id \"q1\" is used twice: items[0] (line 16), items[1] (line 17)
synergist: 4 problems found; nothing was changed" "$ERR"

# Reading: 2 labels for 1..5 (line 6, the "en" array at column 56), scoring
# "median" (9:44), response "agre" (12:50, after a label holding [{\"),
# scale "trst" second in the list (13:74), item q3 without label (14:3).
F="$D/bad_references.json"
expect_status 3 "$SYN" instrument import "$F"
expect_eq "reading problems placed" "synergist: error: $F:6:56: responses[0]: labels \"en\" must be an array of 5 labels (min to max)
synergist: error: $F:9:44: scales[0]: \"scoring\" must be \"mean\" or \"count\"
synergist: error: $F:12:50: items[0]: no response scale \"agre\" in \"responses\"
synergist: error: $F:13:74: items[1]: scales[1]: no scale \"trst\" in \"scales\"
synergist: error: $F:14:3: items[2]: \"label\" is missing
synergist: 5 problems found; nothing was changed" "$ERR"

# Both kinds at once (every problem in one run): reading finds the unknown
# scale "nope" (13:69) and response "nada" (15:46); the whole-instrument
# checks still run and find "q1" again (14:10) and q4 answering 0..1 in a
# 1..5 scale (16:45, its "response" value), but say nothing of q3, whose
# response is unknown, nor of items[0], read with a problem (columns from
# the file's text: the position of each quoted value, plus one).
F="$D/bad_mixed.json"
expect_status 3 "$SYN" instrument import "$F"
expect_eq "every problem in one run" "synergist: error: $F:13:69: items[0]: scales[1]: no scale \"nope\" in \"scales\"
synergist: error: $F:14:10: items[1]: id \"q1\" is used twice: items[0] (line 13), items[1] (line 14)
synergist: error: $F:15:46: items[2]: no response scale \"nada\" in \"responses\"
synergist: error: $F:16:45: scale \"s\": item \"q4\" answers 0..1 but item \"q1\" answers 1..5; a scale's items must share one range
synergist: 4 problems found; nothing was changed" "$ERR"

expect_eq "study unchanged" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
expect_eq "instrument list unchanged" "$list_before" "$("$SYN" instrument list)"
# The built-in instruments still load through the same reader.
for id in $(ls "$SOURCE_DIR/data/instruments" | sed 's/\.json$//'); do
  expect_status 0 "$SYN" instrument export "$id"
  expect_contains "built-in $id exported" "\"id\": \"$id\"" "$OUT"
done
echo "instrument_positions: ok"
