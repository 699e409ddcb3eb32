# network_synergy.sh: `network synergy`, synergy of members whose
# organisation is in the network's core or periphery, on a hand-made
# network: O1, O2, O3 form a triangle (coreness 2, the main core); O4 and
# O5 hang on it (coreness 1) and O6 is isolated: periphery O4, O5, O6.
# Two members per organisation answered a one-item synergy scale. Expected
# values from R (stats::t.test):
#   core      4 5 4 3 5 4: mean 4.1667, t.test(k)$conf.int 3.3767 4.9567
#   periphery 2 3 3 2 4 3: mean 2.8333, CI 2.0433 3.6233
#   t.test(periphery, core): difference -1.3333, Welch CI -2.3017 -0.3650
# Wave w2: 4 peripheral answers (fewer than suppress_min, 5) -> suppressed;
# wave w3: 6 + 6 linked and 2 unlinked answers -> the 2 could be isolated
# from the wave's synergy cell, so both sides are suppressed.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add P --name "Case P" >/dev/null
{
  echo "id,partnership,organisation,sector,joined"
  for o in 1 2 3; do for k in a b; do echo "c$o$k,P,O$o,nonprofit,2019-01-01"; done; done
  for o in 4 5 6; do for k in a b; do echo "p$o$k,P,O$o,government,2019-01-01"; done; done
} >"$T/members.csv"
"$SYN" member import "$T/members.csv" >/dev/null
for w in w1 w2 w3; do "$SYN" wave add P $w --opens 2020-0${w#w}-01 >/dev/null; done
{
  echo "partnership,wave,respondent,organisation,collaboration"
  for w in w1 w2 w3; do
    echo "P,$w,c1a,O2,3"; echo "P,$w,c1a,O3,2"; echo "P,$w,c2a,O3,2"
    echo "P,$w,p4a,O1,1"; echo "P,$w,p5a,O2,1"
  done
} >"$T/ties.csv"
"$SYN" network import "$T/ties.csv" >/dev/null
cat >"$T/syn.json" <<'JSON'
{
 "synergist_instrument": 1,
 "id": "syn",
 "title": "Synergy",
 "responses": [{"id": "agree", "min": 1, "max": 5}],
 "scales": [{"id": "synergy", "label": "Synergy"}],
 "items": [{"id": "s1", "label": "Together we do more", "response": "agree", "scales": ["synergy"]}]
}
JSON
"$SYN" instrument import "$T/syn.json" >/dev/null
{
  echo "respondent,partnership,wave,s1"
  set -- 4 5 4 3 5 4; for m in c1a c1b c2a c2b c3a c3b; do echo "$m,P,w1,$1"; shift; done
  set -- 2 3 3 2 4 3; for m in p4a p4b p5a p5b p6a p6b; do echo "$m,P,w1,$1"; shift; done
  for m in c1a c1b c2a c2b c3a c3b; do echo "$m,P,w2,4"; done
  for m in p4a p4b p5a p5b; do echo "$m,P,w2,3"; done
  for m in c1a c1b c2a c2b c3a c3b p4a p4b p5a p5b p6a p6b; do echo "$m,P,w3,4"; done
  echo "x1,P,w3,2"; echo "x2,P,w3,3"
} >"$T/answers.csv"
"$SYN" response import "$T/answers.csv" --instrument syn >/dev/null

expect_status 0 "$SYN" network synergy --instrument syn --format csv
expect_eq "header" "partnership,wave,core_n,core_mean,core_ci_low,core_ci_high,periphery_n,periphery_mean,periphery_ci_low,periphery_ci_high,difference,ci_low,ci_high,note" \
  "$(printf '%s\n' "$OUT" | head -1)"
expect_contains "w1 figures" "P,w1,6,4.1667,3.3767,4.9567,6,2.8333,2.0433,3.6233,-1.3333,-2.3017,-0.3650," "$OUT"
expect_contains "w2 small side withheld" "P,w2,,,,,,,,,,,,suppressed" "$OUT"
expect_contains "w3 small remainder withheld" "P,w3,,,,,,,,,,,,suppressed" "$OUT"
# One wave, and an instrument without the scale.
expect_status 0 "$SYN" network synergy P --wave w1 --instrument syn --format csv
expect_eq "one wave" 2 "$(printf '%s\n' "$OUT" | wc -l)"
expect_status 2 "$SYN" network synergy --instrument syn --scale trust
expect_contains "unknown scale" "no scale 'trust'" "$ERR"
# diagnose says it for w1 (CI below 0), with the figures and the
# peripheral organisations as evidence; not for the withheld waves.
expect_status 0 "$SYN" diagnose P --instrument syn --kind peripheral_synergy --format csv
expect_contains "finding" "P,peripheral_synergy,warning,w1," "$OUT"
expect_contains "detail" "perceive less synergy in w1: 2.83 (n 6, 95% CI 2.04 to 3.62) against 4.17 in its core (n 6, 95% CI 3.38 to 4.96), a difference of -1.33 (95% CI -2.30 to -0.36" "$OUT"
expect_not_contains "withheld waves" "peripheral_synergy,warning,w2" "$OUT"
expect_not_contains "withheld waves" "peripheral_synergy,warning,w3" "$OUT"
echo ok
