# report_lever_plain.sh: a finding's plain sentence, outside its <details>,
# carries no statistics: a lever says its rank and the partnership's score
# against its target ("Act on financial resources (lever 1 of 3): CHRP
# scores 3.48 in followup2 against a target of 4.00."), and its
# coefficient, R2, standard error and degrees of freedom are inside the
# <details>; a fall or rise of synergy and a weak determinant keep their
# confidence intervals, effect sizes and n there too. The expected lever
# sentences are built from `diagnose --format json` figures (rank, score,
# programme; the target is the larger of lever_target=4 and the programme
# mean) on the demo.
. "$E2E_LIB"
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --all --out "$T/d.html"
"$SYN" --format json diagnose >"$T/f.json"
PLAIN=$(grep -o '<p class="finding-plain">.*</p>' "$T/d.html")
python3 -c '
import json, sys
a = [f for f in json.load(open(sys.argv[1])) if f["kind"] == "levers" and "rank" in f["figures"]]
n = {}
for f in a: n[f["partnership"]] = n.get(f["partnership"], 0) + 1
for f in a:
    g = f["figures"]
    name = f["evidence"][0]["text"]
    print("Act on %s (lever %d of %d): %s scores %.2f in %s against a target of %.2f." % (
        name, g["rank"], n[f["partnership"]], f["partnership"], g["score"], f["wave"], max(4.0, g["programme"])))' \
  "$T/f.json" >"$T/want.txt"
[ "$(wc -l <"$T/want.txt")" = 6 ] || fail "the demo should have 3 levers per partnership: $(cat "$T/want.txt")"
while IFS= read -r want; do
  expect_contains "lever sentence" "</span>: $want</p>" "$PLAIN"
done <"$T/want.txt"
for stat in "beta" "R2" "standard error" "degrees of freedom" "lever_min_df" "95% CI" " SD" "n=" "rule "; do
  expect_not_contains "no '$stat' in a plain sentence" "$stat" "$PLAIN"
done
# The statistics stay in the details of the lever.
DET=$(awk '/data-kind="levers"/{on=1} on && /<\/details>/{exit} on' "$T/d.html")
expect_contains "beta in details" "standardized beta" "$DET"
expect_contains "standard error in details" "standard error" "$DET"
# The briefing names the lever by its first words, before its figures.
expect_contains "briefing lever" "<li><strong>Act on financial resources</strong>: " "$(grep 'brief-actions' -A2 "$T/d.html")"
