# qdpx export: the demo study's export validates against the REFI-QDA
# schema (Project-mrt2019.xsd, with libxml2's xmllint), its GUIDs are the
# same when exported twice, and each partnership's export imported into a new
# study gives the same segments (source, participant, code path, coder,
# start, end, text, memo), the same codebook (with a colour) and the same
# memos (project, source, span, code, segment). Without --names the texts
# are pseudonymised and the selections follow the pseudonymised text. The
# codebook as .qdc validates against Codebook-mrt2019.xsd and round-trips.
. "$E2E_LIB"
XSD="$SOURCE_DIR/data/refi-qda"
export SYNERGIST_USER=analyst
"$SYN" demo >/dev/null
OLD="$STUDY"
# Memos of every kind, and a colour set through a .qdc.
"$SYN" memo add --project --text "Whole-study reflexive note." --by ana >/dev/null
"$SYN" memo add --source pccp_int_011 --text "Interview ran long." --by ben >/dev/null
"$SYN" memo add --source pccp_int_011 --start 10 --end 30 --text "Note this opening." --by ana >/dev/null
"$SYN" memo add --code trust --text "Trust talk clusters after the reform." --by ana >/dev/null
"$SYN" memo add --segment 3 --text "Irony? Check with ben." --by ana >/dev/null
cat > "$T/colour.qdc" <<'QDC'
<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test">
  <Codes>
    <Code guid="11111111-2222-4333-8444-555555555555" name="determinants" isCodable="true" color="#3366cc"/>
  </Codes>
</CodeBook>
QDC
expect_status 0 "$SYN" codebook import "$T/colour.qdc"
expect_eq "existing code: nothing added" "0 codes added" "$OUT"

expect_status 0 "$SYN" --names qdpx export "$T/all.qdpx"
expect_contains "summary" "20 sources, 176 segments, 63 codes" "$OUT"
mkdir "$T/a" "$T/b"
(cd "$T/a" && unzip -q "$T/all.qdpx")
xmllint --noout --schema "$XSD/Project-mrt2019.xsd" "$T/a/project.qde" 2>"$T/xsd.err" || { cat "$T/xsd.err" >&2; fail "project.qde is not valid against Project-mrt2019.xsd"; }
expect_contains "colour exported" 'name="determinants" isCodable="true" color="#3366CC"' "$(cat "$T/a/project.qde")"
expect_eq "one text per source" 20 "$(ls "$T/a/Sources" | wc -l)"
"$SYN" --names qdpx export "$T/again.qdpx" >/dev/null
(cd "$T/b" && unzip -q "$T/again.qdpx")
cmp -s "$T/a/project.qde" "$T/b/project.qde" || fail "exporting twice gave different projects (GUIDs not stable)"

# Per partnership: export, import into a new study, compare.
rows(){  # the segments (with their memos), memos and codebook of partnership $1 in study $2, ids left out
  SYNERGIST_STUDY="$2" "$SYN" --names segment list --partnership "$1" --format json | python3 -c '
import json, sys
for r in sorted(json.load(sys.stdin), key=lambda r: (r["source"], r["start"], r["end"], r["code"], r["coder"])):
    print(json.dumps([r[k] for k in ("source","partnership","participant","code","coder","start","end","text","memo")], ensure_ascii=False))'
  SYNERGIST_STUDY="$2" "$SYN" --names memo list --format json | python3 -c '
import json, sys
for r in sorted((m["kind"], m["target"], m["author"], m["text"]) for m in json.load(sys.stdin) if m["kind"] in ("project", "code")):
    print(json.dumps(r, ensure_ascii=False))' 
  SYNERGIST_STUDY="$2" "$SYN" --names memo list --format json | python3 -c '
import json, sys
for r in sorted((m["kind"], m["target"], m["author"], m["text"]) for m in json.load(sys.stdin) if m["kind"] == "source"):
    print(json.dumps(r, ensure_ascii=False))' | grep -i "\"$1" || true
  SYNERGIST_STUDY="$2" "$SYN" codebook export
  SYNERGIST_STUDY="$2" "$SYN" code list --format csv | cut -d, -f2 
}
for P in PCCP CHRP; do
  expect_status 0 "$SYN" --names qdpx export "$T/$P.qdpx" $P
  NEW="$T/new_$P.db"
  SYNERGIST_STUDY="$NEW" "$SYN" init >/dev/null
  SYNERGIST_STUDY="$NEW" "$SYN" partnership add $P --name x >/dev/null
  expect_status 0 env SYNERGIST_STUDY="$NEW" "$SYN" qdpx import "$T/$P.qdpx" --partnership $P
  expect_eq "$P: round trip" "$(rows $P "$OLD")" "$(rows $P "$NEW")"
done
# Interviewees travel as cases: their group and attributes come back.
member_fields(){ SYNERGIST_STUDY="$1" "$SYN" member show PCCP 011 --format csv | grep -E '^(stakeholder_group|gender),'; }
expect_eq "case variables back as the member's group and attributes" "stakeholder_group,research coordinator
gender,female" "$(member_fields "$T/new_PCCP.db")"
expect_eq "the same as in the study exported" "$(member_fields "$OLD")" "$(member_fields "$T/new_PCCP.db")"
expect_status 0 env SYNERGIST_STUDY="$T/new_PCCP.db" "$SYN" qdpx export "$T/back.qdpx"
(mkdir "$T/c" && cd "$T/c" && unzip -q "$T/back.qdpx")
expect_contains "colour came back" 'name="determinants" isCodable="true" color="#3366CC"' "$(cat "$T/c/project.qde")"
expect_status 0 env SYNERGIST_STUDY="$T/new_PCCP.db" "$SYN" --names memo list --format csv
expect_contains "span memo came back" '"pccp_int_011 [10,30)",ana' "$OUT"

# Pseudonymised by default: a term replaced in the texts, selections follow.
"$SYN" redact term add "health authority" --as "[authority]" >/dev/null
expect_status 0 "$SYN" qdpx export "$T/pseudo.qdpx"
mkdir "$T/p" && (cd "$T/p" && unzip -q "$T/pseudo.qdpx")
xmllint --noout --schema "$XSD/Project-mrt2019.xsd" "$T/p/project.qde" 2>"$T/xsd.err" || { cat "$T/xsd.err" >&2; fail "pseudonymised project not valid"; }
expect_eq "term gone from every source text" "" "$(grep -ril "health authority" "$T/p/Sources" || true)"
NEW="$T/new_pseudo.db"
SYNERGIST_STUDY="$NEW" "$SYN" init >/dev/null
SYNERGIST_STUDY="$NEW" "$SYN" partnership add X --name x >/dev/null
SYNERGIST_STUDY="$NEW" "$SYN" qdpx import "$T/pseudo.qdpx" --partnership X >/dev/null
expect_status 0 env SYNERGIST_STUDY="$NEW" "$SYN" segment list --source chrp_int_011 --code connections --coder ana --format csv
expect_contains "selection follows the pseudonymised text" ",\"The [authority] lets us into the practices," "$OUT"

# The codebook as .qdc.
expect_status 0 "$SYN" codebook export --qdc "$T/cb.qdc"
xmllint --noout --schema "$XSD/Codebook-mrt2019.xsd" "$T/cb.qdc" 2>"$T/xsd.err" || { cat "$T/xsd.err" >&2; fail "cb.qdc is not valid against Codebook-mrt2019.xsd"; }
NEW="$T/new_cb.db"
SYNERGIST_STUDY="$NEW" "$SYN" init >/dev/null
expect_status 0 env SYNERGIST_STUDY="$NEW" "$SYN" codebook import "$T/cb.qdc"
expect_eq "all codes added" "63 codes added" "$OUT"
expect_eq "codebook round trip (names, descriptions, examples)" "$("$SYN" codebook export)" "$(SYNERGIST_STUDY="$NEW" "$SYN" codebook export)"
SYNERGIST_STUDY="$NEW" "$SYN" codebook export --qdc "$T/cb2.qdc" >/dev/null
expect_contains "colour kept" 'color="#3366CC"' "$(cat "$T/cb2.qdc")"
