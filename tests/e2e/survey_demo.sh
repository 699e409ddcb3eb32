# survey_demo.sh: the demo's survey tells its story: PCCP's synergy and
# involvement dip in follow-up 1 and recover; CHRP's decision making stays
# in the "concern" band; nothing is suppressed.
. "$E2E_LIB"
expect_status 0 "$SYN" demo
expect_status 0 "$SYN" score --instrument psf --format csv
expect_not_contains "nothing suppressed" "suppressed" "$OUT"
mean(){ printf '%s\n' "$OUT" | grep "^$1,$2,$3," | cut -d, -f5; }
lt(){ awk -v a="$1" -v b="$2" 'BEGIN{exit !(a<b)}'; }
for s in synergy involvement; do
  b=$(mean PCCP baseline $s); f1=$(mean PCCP followup1 $s); f2=$(mean PCCP followup2 $s)
  lt "$f1" "$b" || fail "PCCP $s should dip: baseline $b, followup1 $f1"
  lt "$f1" "$f2" || fail "PCCP $s should recover: followup1 $f1, followup2 $f2"
done
for w in baseline followup1 followup2; do
  expect_eq "CHRP decisions $w" "concern" "$(printf '%s\n' "$OUT" | grep "^CHRP,$w,decision_making," | cut -d, -f12)"
done
expect_status 0 "$SYN" response list --format csv
expect_contains "linked members" "PCCP,baseline,psf," "$OUT"
expect_status 0 "$SYN" score --instrument psf --change --format csv
expect_contains "reliable dip" "PCCP,followup1,baseline,synergy," "$OUT"
echo ok
