# report_finding_counts.sh: the findings section's severity headings count
# the items listed under them; when repeats of a finding in earlier waves
# are folded into its latest ("Also found earlier"), the heading adds how
# many findings that severity has across waves, which is the count
# `diagnose --format json` gives for the partnership and severity. In the
# demo, CHRP's decision-making concern of three waves is one item: the
# heading said "4 concerns" over 2 items.
. "$E2E_LIB"
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --all --out "$T/d.html"
"$SYN" --format json diagnose >"$T/f.json"
FI=$(awk '/id="findings"/{on=1} on && /<section / && !/id="findings"/{exit} on' "$T/d.html")
# One line per heading: partnership, severity, number in the heading, number
# across waves (the heading's own when nothing was folded), items listed.
got=$(printf '%s\n' "$FI" | awk '
  /^<h3[ >]/ { if (S != "") print P, S, H, A, n; S = ""; gsub(/<[^>]*>/, ""); P = $0 }
  /^<h4 class="sev-/ { if (S != "") print P, S, H, A, n
    match($0, /sev-[a-z]+/); S = substr($0, RSTART+4, RLENGTH-4)
    t = $0; gsub(/<[^>]*>/, "", t); split(t, w, " "); H = w[1]
    A = H; if (match(t, /\([0-9]+ /)) A = substr(t, RSTART+1, RLENGTH-2)
    n = 0 }
  /^<li class="finding sev-/ { n++ }
  END { if (S != "") print P, S, H, A, n }')
[ -n "$got" ] || fail "no severity headings"
while read -r P S H A n; do
  expect_eq "$P $S: heading counts the items listed" "$n" "$H"
  want=$(python3 -c 'import json, sys; print(sum(1 for f in json.load(open(sys.argv[1])) if f["partnership"] == sys.argv[2] and f["severity"] == sys.argv[3]))' "$T/f.json" "$P" "$S")
  expect_eq "$P $S: findings across waves" "$want" "$A"
done <<<"$got"
# CHRP's concerns: two items, four findings across waves.
expect_contains "CHRP heading" '<h4 class="sev-concern">2 concerns <span class="across">(4 across waves)</span></h4>' "$FI"
# French: the same count in words of the language.
expect_status 0 "$SYN" report --all --lang fr --out "$T/fr.html"
expect_contains "CHRP heading (fr)" '<span class="across">(4 sur l’ensemble des vagues)</span></h4>' "$(cat "$T/fr.html")"
