# Spreadsheet-safe CSV: a text cell beginning with =, +, -, @, tab or CR is
# written with a leading apostrophe (numbers and plain-number texts never),
# --raw writes exact values, and every export -> import pair of synergist
# reads its own output back exactly (compared as --raw listings).
. "$E2E_LIB"
A="$T/a.db"; B="$T/b.db"
"$SYN" --study "$A" init >/dev/null
"$SYN" --study "$B" init >/dev/null
# Values a hostile roster could hold; "'=quoted" (an apostrophe already,
# written ''=quoted in a CSV input since imports drop one) and "-5" (a
# number written as text) check that the guard is exactly undone.
printf 'code,name,description\nPX,"=HYPERLINK(""http://evil"")",d\nQX,-5,d\n' > "$T/p.csv"
cat > "$T/o.csv" <<'EOF'
organisation,sector
=org,
@org2,
''=quoted,
EOF
{ cat <<'EOF'
id,partnership,organisation,stakeholder_group,joined,left,note
=m1,QX,=org,-grp,2015-01-01,,=1+2
@m2,QX,@org2,+g,2015-01-01,,-5
EOF
  printf '"\tm3",PX,%s,"\rcr",2016-01-01,,%s\n' "''=quoted" "'''@two"
} > "$T/m.csv"
printf 'partnership,date,kind,duration,title,attendees\nQX,2016-01-01,=kind,60,-title,=m1;@m2\n' > "$T/mt.csv"
printf 'partnership,date,kind,title,category,detail\nQX,2016-02-01,context,=t,+c,@d\n' > "$T/tl.csv"
printf 'partnership,wave\nQX,=w\n' > "$T/w.csv"
"$SYN" --study "$A" partnership import "$T/p.csv" >/dev/null
"$SYN" --study "$A" organisation import "$T/o.csv" >/dev/null
"$SYN" --study "$A" member import "$T/m.csv" >/dev/null
"$SYN" --study "$A" meeting import "$T/mt.csv" >/dev/null
"$SYN" --study "$A" timeline import "$T/tl.csv" >/dev/null
"$SYN" --study "$A" wave import "$T/w.csv" >/dev/null

# The guard, cell by cell.
expect_status 0 "$SYN" --study "$A" partnership list --format csv
expect_contains "formula guarded, quoted" '"'"'"'=HYPERLINK(""http://evil"")"' "$OUT"
expect_contains "plain number text untouched" "QX,-5," "$OUT"
expect_status 0 "$SYN" --study "$A" member export
expect_contains "id, organisation, group, attribute guarded" "'=m1,QX,'=org,,'-grp,2015-01-01,,'=1+2" "$OUT"
expect_contains "@ and + guarded, -5 not" "'@m2,QX,'@org2,,'+g,2015-01-01,,-5" "$OUT"
expect_contains "tab, CR and apostrophes get one more" "'	m3,PX,''=quoted,," "$OUT"
expect_contains "apostrophes before @ get one more" ",'''@two" "$OUT"
expect_status 0 "$SYN" --study "$A" --raw member export
expect_contains "--raw exact" "=m1,QX,=org,,-grp,2015-01-01,,=1+2" "$OUT"
expect_status 0 "$SYN" --study "$A" meeting list --format json
expect_contains "json untouched" '"=kind"' "$OUT"

# Every export -> import pair, into a second study.
"$SYN" --study "$A" partnership list --format csv > "$T/p2.csv"
"$SYN" --study "$A" organisation list --format csv > "$T/o2.csv"
"$SYN" --study "$A" member export > "$T/m2.csv"
"$SYN" --study "$A" meeting export > "$T/mt2.csv"
"$SYN" --study "$A" timeline list QX --format csv > "$T/tl2.csv"
"$SYN" --study "$A" wave list --format csv > "$T/w2.csv"
expect_status 0 "$SYN" --study "$B" partnership import "$T/p2.csv"
expect_status 0 "$SYN" --study "$B" organisation import "$T/o2.csv"
expect_status 0 "$SYN" --study "$B" member import "$T/m2.csv"
expect_status 0 "$SYN" --study "$B" meeting import "$T/mt2.csv"
expect_status 0 "$SYN" --study "$B" timeline import "$T/tl2.csv"
expect_status 0 "$SYN" --study "$B" wave import "$T/w2.csv"
for cmd in "partnership list" "organisation list" "member export" "meeting export" "timeline list QX" "wave list"; do
  # shellcheck disable=SC2086
  a=$("$SYN" --study "$A" --raw $cmd --format csv)
  # shellcheck disable=SC2086
  b=$("$SYN" --study "$B" --raw $cmd --format csv)
  expect_eq "round trip exact: $cmd" "$a" "$b"
done
expect_eq "the hostile values are there" "	m3
=m1
@m2" "$("$SYN" --study "$B" --raw member list --format csv | cut -d, -f1 | tail -n +2 | sort)"

# REDCap dictionary: export (guarded) -> import gives the same instrument.
H='Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"Choices, Calculations, OR Slider Labels",Field Note,Text Validation Type OR Show Slider Number,Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix Ranking?,Field Annotation'
{ echo "$H"
  echo 'q1,f,,radio,"=cmd|'"'"' /C calc'"'"'!A0","1, -lo | 2, =hi",,,,,,,,,,,,@SYNERGIST-SCALE=s'
  echo 'q2,f,,radio,"+plus","1, A | 2, B",,,,,,,,,,,,@SYNERGIST-SCALE=s @SYNERGIST-REVERSE'
} > "$T/rc.csv"
"$SYN" --study "$A" instrument import "$T/rc.csv" >/dev/null
"$SYN" --study "$A" instrument export rc --redcap > "$T/rc2.csv"
expect_contains "label guarded" "'=cmd|" "$(cat "$T/rc2.csv")"
expect_contains "annotation guarded" ",'@SYNERGIST-SCALE=s" "$(cat "$T/rc2.csv")"
expect_status 0 "$SYN" --study "$B" instrument import "$T/rc2.csv" --id rc
expect_eq "REDCap round trip exact" "$("$SYN" --study "$A" instrument export rc)" "$("$SYN" --study "$B" instrument export rc)"
expect_status 0 "$SYN" --study "$A" --raw instrument export rc --redcap
expect_contains "raw dictionary for REDCap" ",@SYNERGIST-SCALE=s" "$OUT"
echo "csv_guard: ok"
