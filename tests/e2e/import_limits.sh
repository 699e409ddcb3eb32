# Inputs at the edges of what importers accept: every one is refused with
# its position (exit 3) or skipped with a note, never truncated silently,
# and the study is left exactly as it was.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" member add PCCP 011 >/dev/null
before=$(sqlite3 "$STUDY" .dump | md5sum)

# A header repeating one name 2000 times: each repeat is reported once,
# against the first field with that name (not once per pair of fields).
{ printf 'organisation,sector'; for i in $(seq 2000); do printf ',x'; done; printf '\nA,\n'; } > "$T/cols.csv"
expect_status 3 "$SYN" organisation import "$T/cols.csv"
expect_contains "one problem per repeated column (and one more)" "2000 problems found" "$ERR"
expect_eq "the first 100 shown" 100 "$(echo "$ERR" | grep -c "appears twice (also field 3)")"
expect_contains "the rest counted" "synergist: error: and 1900 more problems" "$ERR"
expect_contains "second x" "cols.csv:1:4: column 'x' appears twice (also field 3)" "$ERR"
printf 'code,name,code\nQ,Q,Q\n' > "$T/p.csv"
expect_status 3 "$SYN" partnership import "$T/p.csv"
expect_contains "repeated required column" "p.csv:1:3: column 'code' appears twice (also field 1)" "$ERR"

# Repeated rows (found by sorting, so large files stay fast): one problem
# per repeated id, at its second row, listing every line that uses it;
# empty ids are not repeats; the same id in two partnerships is no repeat.
printf 'id,partnership\n1,PCCP\n2,PCCP\n1,PCCP\n,PCCP\n,PCCP\n1,PCCP\n2,PCCP\n' > "$T/dm.csv"
expect_status 3 "$SYN" member import "$T/dm.csv"
expect_contains "id 1, its three lines" "dm.csv:4:1: id '1' in PCCP is used 3 times: lines 2, 4, 7" "$ERR"
expect_contains "id 2, its two lines" "dm.csv:8:1: id '2' in PCCP is used twice: lines 3, 8" "$ERR"
expect_contains "empty id" "dm.csv:6:1: id is empty" "$ERR"
expect_eq "four problems" 4 "$(echo "$ERR" | grep -c "error:")"
# An id used 25 times: one problem, ten lines listed, the rest counted.
{ echo 'id,partnership'; echo 'x,PCCP'; for i in $(seq 25); do echo 'm,PCCP'; done; } > "$T/dm25.csv"
expect_status 3 "$SYN" member import "$T/dm25.csv"
expect_contains "one problem, cut list" "dm25.csv:4:1: id 'm' in PCCP is used 25 times: lines 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 15 more" "$ERR"
expect_eq "only that problem" 1 "$(echo "$ERR" | grep -c "error:")"
printf 'organisation\nA\nB\nA\nA\n' > "$T/do.csv"
expect_status 3 "$SYN" organisation import "$T/do.csv"
expect_contains "repeated organisation" "do.csv:4:1: organisation 'A' is used 3 times: lines 2, 4, 5" "$ERR"
expect_eq "one problem for A" 1 "$(echo "$ERR" | grep -c "error:")"
printf 'code,name\nQ,Q\nR,R\nQ,Q2\n' > "$T/dp.csv"
expect_status 3 "$SYN" partnership import "$T/dp.csv"
expect_contains "repeated code" "dp.csv:4:1: partnership code 'Q' is used twice: lines 2, 4" "$ERR"
# In French.
expect_status 3 env LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" organisation import "$T/do.csv"
expect_contains "French" "do.csv:4:1: l’organisation « A » est utilisée 3 fois : lignes 2, 4, 5" "$ERR"

# A meeting duration beyond an int was stored truncated.
printf 'partnership,date,duration\nPCCP,2018-01-10,99999999999\n' > "$T/m.csv"
expect_status 3 "$SYN" meeting import "$T/m.csv"
expect_contains "huge duration" "m.csv:2:3: duration '99999999999' is not a number of minutes" "$ERR"

# Instrument JSON: a min beyond an int wrapped around (4294967297 became 1,
# 2147483648 became -2147483648 and overflowed the range computation).
sed 's/"id": "agree", "min": 1, "max": 5/"id": "agree", "min": 4294967297, "max": 5/' \
  "$TESTDATA/survey/tiny.json" > "$T/big.json"
expect_status 3 "$SYN" instrument import "$T/big.json"
expect_contains "min out of range" "big.json:8:26: responses[0]: \"min\" is out of range" "$ERR"
sed 's/"id": "agree", "min": 1, "max": 5/"id": "agree", "min": 2147483648, "max": 5/' \
  "$TESTDATA/survey/tiny.json" > "$T/big2.json"
expect_status 3 "$SYN" instrument import "$T/big2.json"
expect_contains "min out of range" "big2.json:8:26: responses[0]: \"min\" is out of range" "$ERR"
sed 's/"id": "agree", "min": 1, "max": 5/"id": "agree", "min": -2147483648, "max": 5/' \
  "$TESTDATA/survey/tiny.json" > "$T/big3.json"
expect_status 3 "$SYN" instrument import "$T/big3.json"
expect_contains "widest range" "big3.json:8:46: responses[0] (\"agree\"): min -2147483648 and max 5" "$ERR"

# REDCap: a choice code beyond an int is not a whole-number code (the field
# is skipped with a note), and an NA code beyond an int is refused.
H='Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"Choices, Calculations, OR Slider Labels",Field Note,Text Validation Type OR Show Slider Number,Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix Ranking?,Field Annotation'
{ echo "$H"
  echo 'ok1,f,,radio,"Fine","1, A | 2, B",,,,,,,,,,,,@SYNERGIST-SCALE=s'
  echo 'big1,f,,radio,"Huge code","4294967297, A | 2, B",,,,,,,,,,,,@SYNERGIST-SCALE=s'
  echo 'big2,f,,radio,"Wrapping code","1, A | 2147483648, B",,,,,,,,,,,,@SYNERGIST-SCALE=s'
} > "$T/rc.csv"
expect_status 0 "$SYN" instrument import "$T/rc.csv"
expect_contains "huge code skipped" "rc.csv:3: field \"big1\" skipped" "$ERR"
expect_contains "wrapping code skipped" "rc.csv:4: field \"big2\" skipped" "$ERR"
expect_status 0 "$SYN" instrument show rc
expect_not_contains "big1 not an item" "big1" "$OUT"
"$SYN" instrument remove rc >/dev/null
{ echo "$H"
  echo 'na1,f,,radio,"NA","1, A | 2, B | 9, N",,,,,,,,,,,,@SYNERGIST-SCALE=s @SYNERGIST-NA=4294967305'
} > "$T/rcna.csv"
expect_status 3 "$SYN" instrument import "$T/rcna.csv"
expect_contains "huge NA" "rcna.csv:2:18: @SYNERGIST-NA needs a whole number, not \"4294967305\"" "$ERR"

# REDCap: a variable given twice is reported at its line (it was reported
# as items[N], with no line).
{ echo "$H"
  echo 'dup,f,,radio,"One","1, A | 2, B",,,,,,,,,,,,@SYNERGIST-SCALE=s'
  echo 'other,f,,radio,"Two","1, A | 2, B",,,,,,,,,,,,@SYNERGIST-SCALE=s'
  echo 'dup,f,,radio,"Again","1, A | 2, B",,,,,,,,,,,,@SYNERGIST-SCALE=s'
} > "$T/rcdup.csv"
expect_status 3 "$SYN" instrument import "$T/rcdup.csv"
expect_contains "repeated variable" "rcdup.csv:4:1: variable \"dup\" is used twice: lines 2, 4" "$ERR"

# REDCap: a malformed variable or scale name is reported at its line and
# column (it was reported as items[N] or scales[N]).
{ echo "$H"
  echo 'ok,f,,radio,"One","1, A | 2, B",,,,,,,,,,,,@SYNERGIST-SCALE=s'
  echo 'bad[],f,,radio,"Two","1, A | 2, B",,,,,,,,,,,,@SYNERGIST-SCALE=s'
  echo 'ok2,f,,radio,"Three","1, A | 2, B",,,,,,,,,,,,@SYNERGIST-SCALE=No{'
} > "$T/rcid.csv"
expect_status 3 "$SYN" instrument import "$T/rcid.csv"
expect_contains "bad variable" "rcid.csv:3:1: variable \"bad[]\" must be lowercase letters" "$ERR"
expect_contains "bad scale" "rcid.csv:4:18: scale \"No{\" must be lowercase letters" "$ERR"

# Codebook JSON: problems found after parsing carry LINE:COLUMN too.
printf '{"codes": [\n  {"name": "c", "children": [{"name": 3, "example": []}]},\n  7\n]}\n' > "$T/cb.json"
expect_status 3 "$SYN" codebook import "$T/cb.json"
expect_contains "child without a name" "cb.json:2:39: codes/0/children/0: needs a \"name\"" "$ERR"
expect_contains "example not text" "cb.json:2:53: codes/0/children/0: \"example\" must be text" "$ERR"
expect_contains "not an object" "cb.json:3:3: codes/1: a code must be an object" "$ERR"
printf '{"codes": {}}' > "$T/cb2.json"
expect_status 3 "$SYN" codebook import "$T/cb2.json"
expect_contains "codes not an array" "cb2.json:1:11: codes: must be an array of codes" "$ERR"

: > "$T/empty.csv"
expect_status 3 "$SYN" response import "$T/empty.csv" --instrument psf
expect_contains "empty answers file at line 1" "empty.csv:1: the file is empty" "$ERR"

# help limits lists the web server's fixed limits too, with their statuses.
L=$("$SYN" help limits)
expect_contains "body limit" "a request body over 65536 bytes is refused with 413, nothing saved" "$L"
expect_contains "form limit" "a form of more than 512 fields is refused with 400, nothing saved" "$L"
expect_contains "connections" "a connection idle for 30 seconds is closed; at most 2048 connections at once" "$L"

# Instrument JSON is split by a streaming pass (yajl) and read one element
# at a time (jansson): a syntax error, a repeated key inside an element
# and a number too big are each placed in the whole file, and every bad
# element is reported, not only the first.
printf '{"synergist_instrument": 1, "id": "x",\n "responses": [{"id": "r", "min": 1, "max": 3}],\n "items": [{"id": "a", "label": "A", "response": "r"},\n   {"id": "b", "id": "c"},\n {"id": "d", "label": "D", "response": "r", "n": 99999999999999999999999}]}\n' > "$T/el.json"
expect_status 3 "$SYN" instrument import "$T/el.json"
expect_contains "repeated key in an element" "el.json:4:19: duplicate object key" "$ERR"
expect_contains "second bad element" "el.json:5:" "$ERR"
expect_contains "too big" "too big integer" "$ERR"
printf '{"synergist_instrument": 1,\n "items": [{"id": "a"},\n  {"id": "b" x}]}' > "$T/syn.json"
expect_status 3 "$SYN" instrument import "$T/syn.json"
expect_contains "syntax error at its line" "syn.json:3:" "$ERR"
expect_contains "one problem" "1 problem found" "$ERR"

expect_eq "study unchanged" "$before" "$(sqlite3 "$STUDY" .dump | md5sum)"
echo "import_limits: ok"

