# report_each.sh: which report `synergist report` writes when no
# partnership is named, and `report --each DIR`. On the demo programme (two
# partnerships) the default is the programme overview, byte for byte the
# page of `report --programme`; --all keeps every partnership's full
# report on one page; a study of one partnership gets its own report.
# --each writes index.html (the overview, linking to every partnership's
# report), one page per partnership (linking back), each the page that
# `report CODE --out DIR/CODE.html --xlsx DIR/workbook.xlsx` writes plus
# that link, and workbook.xlsx, every partnership's tables with the
# programme's portfolio and sector mix, which every page links to (written
# partnership by partnership, yet the sheets of `report --all --xlsx`, with
# and without a fixed day); the evidence each page summarises is in it
# (report_evidence_check.py); usage errors exit 2.
. "$E2E_LIB"
export SYNERGIST_TODAY=2026-12-06
"$SYN" demo >/dev/null

# The default for a programme is the overview.
expect_status 0 "$SYN" report --out "$T/default.html" --xlsx "$T/workbook.xlsx"
expect_status 0 "$SYN" report --programme --out "$T/programme.html" --xlsx "$T/workbook.xlsx"
cmp -s "$T/default.html" "$T/programme.html" || fail "report without a partnership is not the programme overview"
page=$(cat "$T/default.html")
expect_contains "overview section" 'id="programme"' "$page"
expect_not_contains "no partnership sections by default" 'id="membership"' "$page"
expect_not_contains "no links without --each" 'class="part-reports"' "$page"

# --all: every partnership's full report, both partnerships on one page.
expect_status 0 "$SYN" report --all --out "$T/all.html"
all=$(cat "$T/all.html")
expect_contains "--all has the membership section" 'id="membership"' "$all"
expect_contains "--all names PCCP" '(PCCP)' "$all"
expect_contains "--all names CHRP" '(CHRP)' "$all"

# --each: the overview and one page per partnership, linked both ways.
expect_status 0 "$SYN" report --each "$T/each"
expect_contains "confirmation" "3 reports written in $T/each (the programme overview: $T/each/index.html; every table: $T/each/workbook.xlsx)" "$OUT"
ls "$T/each" | sort | tr '\n' ' ' > "$T/files"
expect_eq "files" "CHRP.html PCCP.html index.html workbook.xlsx " "$(cat "$T/files")"
wb=$(unzip -p "$T/each/workbook.xlsx" xl/workbook.xml)
for s in members meetings scores attendance_groups meeting_gaps findings evidence portfolio sectors; do
  expect_contains "--each workbook sheet $s" "<sheet name=\"$s\"" "$wb"
done
expect_contains "index links the workbook" '<a href="workbook.xlsx">' "$(cat "$T/each/index.html")"
# Written partnership by partnership, the workbook holds the sheets, rows
# and order of `report --all --xlsx` (scores by wave, the membership
# tables up to the programme's last day when no day is fixed), then the
# programme's portfolio and sectors.
same_sheets(){ # EACH_XLSX ALL_XLSX
  python3 - "$1" "$2" "$SOURCE_DIR/tests/e2e" <<'PY'
import sys; sys.path.insert(0, sys.argv[3]); import xlsx_sheets
each, whole = xlsx_sheets.grids(sys.argv[1]), xlsx_sheets.grids(sys.argv[2])
extra = [s for s in each if s not in whole]
sys.exit(0 if list(each)[:len(whole)] == list(whole) and extra == ["portfolio", "sectors"]
         and all(each[s] == whole[s] for s in whole) else 1)
PY
}
expect_status 0 "$SYN" report --all --xlsx "$T/all.xlsx"
same_sheets "$T/each/workbook.xlsx" "$T/all.xlsx" || fail "--each workbook differs from report --all --xlsx"
# (a copy of the demo whose PCCP has an event years after CHRP's last)
cp "$STUDY" "$T/later.db"
"$SYN" --study "$T/later.db" timeline add PCCP 2024-05-01 "Later event" --kind context >/dev/null
env -u SYNERGIST_TODAY "$SYN" --study "$T/later.db" report --each "$T/each-today" >/dev/null || fail "--each without SYNERGIST_TODAY"
env -u SYNERGIST_TODAY "$SYN" --study "$T/later.db" report --all --xlsx "$T/all-today.xlsx" || fail "--all --xlsx without SYNERGIST_TODAY"
same_sheets "$T/each-today/workbook.xlsx" "$T/all-today.xlsx" || fail "--each workbook differs from report --all --xlsx without SYNERGIST_TODAY"
idx=$(cat "$T/each/index.html")
expect_contains "index is the overview" 'id="programme"' "$idx"
expect_contains "index links to PCCP" '<li><a href="PCCP.html">PCCP</a></li>' "$idx"
expect_contains "index links to CHRP" '<li><a href="CHRP.html">CHRP</a></li>' "$idx"
for P in PCCP CHRP; do
  one=$(cat "$T/each/$P.html")
  expect_contains "$P links back" '<p class="home"><a href="index.html">' "$one"
  expect_contains "$P links the workbook" '<a href="workbook.xlsx">The workbook</a>' "$one"
  python3 "$SOURCE_DIR/tests/e2e/report_evidence_check.py" "$T/each/$P.html" "$T/each/workbook.xlsx" workbook.xlsx \
    || fail "$P: the page's evidence is not in the --each workbook"
  mkdir -p "$T/one-$P"
  expect_status 0 "$SYN" report "$P" --out "$T/one-$P/$P.html" --xlsx "$T/one-$P/workbook.xlsx"
  # the same page as `report CODE` with its workbook beside it, but for the link back
  grep -v '^<p class="home">' "$T/each/$P.html" > "$T/$P.each"
  cmp -s "$T/$P.each" "$T/one-$P/$P.html" || fail "$P: --each page differs from report $P"
done
# The overview of --each is the programme overview plus the links (the
# list of reports, and struggling partnerships' codes as links).
expect_contains "struggling partnership linked" '"><strong><a href="' "$(printf '%s\n' "$idx" | sed -n '/<ul class="struggling">/,/<table>/p')"
sed -e '/<h3>Each partnership&#39;s report<\/h3>/,/<\/ul>/d' -e 's|<a href="[A-Z]*\.html">\([A-Z]*\)</a>|\1|g' \
  "$T/each/index.html" > "$T/index.nolinks"
cmp -s "$T/index.nolinks" "$T/programme.html" || fail "--each index differs from report --programme beyond its links"

# In French, links and overview in French.
expect_status 0 "$SYN" report --each "$T/fr" --lang fr
fr=$(cat "$T/fr/index.html")
expect_contains "French overview" 'lang="fr"' "$fr"
expect_contains "French link heading" "Rapport de chaque partenariat" "$fr"

# A study of one partnership: its own report by default.
"$SYN" --study "$T/one.db" init >/dev/null
"$SYN" --study "$T/one.db" partnership add SOLO --name "Only one" >/dev/null
expect_status 0 "$SYN" --study "$T/one.db" report --out "$T/one.html"
one=$(cat "$T/one.html")
expect_contains "one partnership: its report" 'id="membership"' "$one"
expect_not_contains "one partnership: no overview" 'id="programme"' "$one"

# File names: unsafe characters become '_', a name taken (by an earlier
# partnership, or index.html) gets -2, -3...; each link points at its file.
"$SYN" --study "$T/names.db" init >/dev/null
for c in "A B" "A_B" "A_B-2" "index"; do "$SYN" --study "$T/names.db" partnership add "$c" --name x >/dev/null; done
expect_status 0 "$SYN" --study "$T/names.db" report --each "$T/names"
expect_eq "file names" "A_B-2-2.html A_B-2.html A_B.html index-2.html index.html" "$(ls "$T/names" | grep "\.html$" | sort | tr '\n' ' ' | sed 's/ $//')"
links=$(grep -o '<li><a href="[^"#]*">[^<]*</a></li>' "$T/names/index.html" | tr '\n' ' ')
expect_eq "links" '<li><a href="A_B.html">A B</a></li> <li><a href="A_B-2.html">A_B</a></li> <li><a href="A_B-2-2.html">A_B-2</a></li> <li><a href="index-2.html">index</a></li> ' "$links"

# Usage errors.
expect_status 2 "$SYN" report --each "$T/x" PCCP
expect_status 2 "$SYN" report --each "$T/x" --out "$T/x.html"
expect_status 2 "$SYN" report --programme --all --out "$T/x.html"
expect_status 2 "$SYN" report --all PCCP --out "$T/x.html"
expect_status 1 "$SYN" report --each "$T/default.html/sub"
