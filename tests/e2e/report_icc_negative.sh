# report_icc_negative.sh: an ICC(2) below 0 in the report's reliability
# table. Two partnerships answer psf alike (B is A with one answer one point
# higher), so their synergy means differ by 1/72 while their members differ
# by a point: MSB is tiny against MSW and ICC(2) = (MSB - MSW) / MSB is far
# below 0. `score --between` prints the value R gives: synergy scores
# 3,4,2,3,4,2 and 3+1/12,4,2,3,4,2, multilevel::ICC2(aov(s ~ g)) = -1382.4,
# ICC1 = -0.1998. The report writes "< 0" and says what it means
# (docs/statistics.md).
. "$E2E_LIB"
"$SYN" init >/dev/null
for p in A B; do "$SYN" partnership add $p --name "Partnership $p" >/dev/null; "$SYN" wave add $p w1 >/dev/null; done
ITEMS=$("$SYN" instrument export psf --format json | python3 -c 'import json,sys; print(",".join(i["id"] for i in json.load(sys.stdin)["items"]))')
{
  printf 'respondent,partnership,wave,%s\n' "$ITEMS"
  for p in A B; do
    for i in 1 2 3 4 5 6; do
      v=$((2 + i % 3))
      printf '%s%d,%s,w1' "$p" "$i" "$p"
      for it in $(printf '%s' "$ITEMS" | tr , ' '); do
        case $it in bc*|dc*) a=$((i % 2));; *) a=$v;; esac
        [ "$p$i$it" = "B1ri1" ] && a=$((a + 1))
        printf ',%s' "$a"
      done
      printf '\n'
    done
  done
} >"$T/a.csv"
expect_status 0 "$SYN" response import "$T/a.csv" --instrument psf
expect_status 0 "$SYN" score --instrument psf --between --format csv
expect_eq "ICC as R multilevel" "w1,synergy,2,12,-0.1998,-0.1998,-1382.4000" "$(printf '%s\n' "$OUT" | grep '^w1,synergy,')"
expect_status 0 "$SYN" report --all --full --out "$T/r.html"
REL=$(awk '/<h3>Reliability<\/h3>/{on=1} on && /<h3>Confidentiality/{exit} on' "$T/r.html")
expect_contains "negative ICC(2) written < 0" "<td>&lt; 0</td>" "$REL"
expect_not_contains "no raw negative ICC(2)" "-1382" "$REL"
expect_contains "what < 0 means" "An ICC(2) below 0 is shown as" "$REL"
echo ok
