# report_programme_spread.sh: the programme overview's chart of synergy
# across partnerships per wave shows, for each wave, the number of
# partnerships (n), the lowest and the highest partnership's mean synergy
# (dots at the whisker's ends) and the quartiles as a box; with fewer than
# five partnerships it shows each partnership as a dot instead of
# quartiles. The expected values are the means of `score --format csv`
# (scale synergy, per partnership and wave, rounded to two decimals).
. "$E2E_LIB"
export SYNERGIST_TODAY=2026-12-06
fig(){ sed -n '/<figure>/,/<\/figure>/p' "$1" | sed -n '/Synergy across partnerships/,/<\/figure>/p'; }
means(){ # WAVE: the partnerships' synergy means of WAVE, sorted, two decimals
  "$SYN" --format csv score --instrument psf | awk -F, -v w="$1" '$2==w && $3=="synergy" && $1!="all" && $5!="" {printf "%.2f\n", $5}' | sort -n
}

# The demo: two partnerships, so dots, no box, n = 2 in each wave.
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --programme --out "$T/demo.html"
f=$(fig "$T/demo.html")
expect_not_contains "no invented quartiles for two" 'spread-box' "$f"
for w in baseline followup1 followup2; do
  row=$(printf '%s\n' "$f" | awk -v w=">$w<" 'index($0, w){on=1} on' | sed -n '1,/n = /p')
  expect_contains "$w n" '>n = 2</text>' "$row"
  got=$(printf '%s\n' "$row" | grep -o 'class="spread-point"[^>]*><title>[0-9.]*' | sed 's/.*<title>//' | sort -n | tr '\n' ' ')
  expect_eq "$w dots are the partnerships' means" "$(means $w | tr '\n' ' ')" "$got"
done
expect_contains "caption says dots" 'Each dot is a partnership' "$f"

# Eight generated partnerships x 2 waves: a box per wave, whiskers to the
# lowest and highest mean.
rm -f "$STUDY"
programme_gen "$T/gen" 8 2 8
programme_import "$T/gen"
expect_status 0 "$SYN" report --programme --out "$T/gen.html"
f=$(fig "$T/gen.html")
[ "$(printf '%s\n' "$f" | grep -c 'class="spread-box"')" = 2 ] || fail "two boxes: $f"
expect_not_contains "no dots for eight" 'spread-point' "$f"
nW=0
for w in $(cut -d, -f2 "$T/gen/waves.csv" | sed 1d | sort -u); do
  nW=$((nW+1))
  row=$(printf '%s\n' "$f" | awk -v w=">$w<" 'index($0, w){on=1} on' | sed -n '1,/n = /p')
  expect_contains "$w n" '>n = 8</text>' "$row"
  ends=$(printf '%s\n' "$row" | grep -o 'class="spread-end"[^>]*><title>[0-9.]*' | sed 's/.*<title>//' | tr '\n' ' ')
  m=$(means $w)
  expect_eq "$w whisker ends: lowest and highest" "$(printf '%s\n' "$m" | sed -n '1p;$p' | tr '\n' ' ')" "$ends"
done
[ "$nW" = 2 ] || fail "expected two waves, checked $nW"
