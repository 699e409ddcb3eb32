# score_count_rule.sh: the rule for checklist (count) scales, as
# docs/statistics.md states it: the min_answered share of the checklist's
# items must be answered (else no score), and once it is, an unanswered
# item counts as "no". Expected values by hand, on the 4-item checklist
# below (yes = 1):
#   r1 yes yes no no  -> 2      r2 yes - - -    -> none (1 of 4 < 0.5)
#   r3 yes no - -     -> 1      r4 - - - -      -> none
#   r5 yes yes yes yes -> 4     r6 no no no no  -> 0
#   scores 2 1 4 0: n 4, mean 1.75, sd sqrt(8.75/3) = 1.7078
#   with --min-answered 0.25 r2 counts 1: 2 1 1 4 0, n 5, mean 1.6,
#   sd sqrt(9.2/4) = 1.5166 (R: sd(c(2,1,1,4,0)))
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add P --name "Case P" >/dev/null
"$SYN" wave add P w1 --opens 2020-01-01 >/dev/null
cat >"$T/check.json" <<'JSON'
{
 "synergist_instrument": 1,
 "id": "check",
 "title": "A checklist",
 "responses": [
  {"id": "agree", "min": 1, "max": 5},
  {"id": "yesno", "min": 0, "max": 1, "labels": {"en": ["No", "Yes"], "fr": ["Non", "Oui"]}}
 ],
 "scales": [
  {"id": "s", "label": "Scale"},
  {"id": "gains", "label": "Benefits", "scoring": "count"}
 ],
 "items": [
  {"id": "q1", "label": "First", "response": "agree", "scales": ["s"]},
  {"id": "g1", "label": "Gain one", "response": "yesno", "scales": ["gains"]},
  {"id": "g2", "label": "Gain two", "response": "yesno", "scales": ["gains"]},
  {"id": "g3", "label": "Gain three", "response": "yesno", "scales": ["gains"]},
  {"id": "g4", "label": "Gain four", "response": "yesno", "scales": ["gains"]}
 ]
}
JSON
cat >"$T/answers.csv" <<'CSV'
respondent,partnership,wave,q1,g1,g2,g3,g4
r1,P,w1,3,1,1,0,0
r2,P,w1,3,1,,,
r3,P,w1,3,1,0,,
r4,P,w1,3,,,,
r5,P,w1,3,1,1,1,1
r6,P,w1,3,0,0,0,0
CSV
expect_status 0 "$SYN" instrument import "$T/check.json"
expect_status 0 "$SYN" response import "$T/answers.csv" --instrument check
expect_status 0 "$SYN" score --instrument check --no-suppress --format csv
expect_contains "count rule" "P,w1,gains,4,1.7500,1.7078," "$OUT"
expect_status 0 "$SYN" score --instrument check --no-suppress --min-answered 0.25 --format csv
expect_contains "count rule, lower share" "P,w1,gains,5,1.6000,1.5166," "$OUT"
echo ok
