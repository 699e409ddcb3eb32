# The demo's tie surveys tell its story: PCCP thins after the 2015 reform
# and re-forms around the organisations that stayed; CHRP is a star around
# its research team.
. "$E2E_LIB"
"$SYN" demo >/dev/null
m=$("$SYN" network metrics --format csv)
dens(){ echo "$m" | awk -F, -v p="$1" -v w="$2" '$1==p && $2==w {print $6}'; }
cent(){ echo "$m" | awk -F, -v p="$1" -v w="$2" '$1==p && $2==w {print $7}'; }
awk -v a="$(dens PCCP baseline)" -v b="$(dens PCCP followup1)" -v c="$(dens PCCP followup2)" \
  'BEGIN{ exit !(b < a - 0.1 && c > b) }' || fail "PCCP density should fall after the reform and recover: $m"
awk -v c="$(cent CHRP baseline)" 'BEGIN{ exit !(c > 0.9) }' || fail "CHRP should be centralised: $m"
chg=$("$SYN" network change PCCP --from baseline --to followup1 --detail --format csv)
expect_contains "left in the reform" "left,Provincial Ministry of Health" "$chg"
d=$("$SYN" diagnose)
expect_contains "PCCP thinning" "Between waves baseline and followup1 the network thinned" "$d"
expect_contains "CHRP hub" "the network runs through one hub, Harbourview University" "$d"
# Trust as rated by others: shown only with suppress_min raters (5 by default).
n=$("$SYN" network metrics CHRP --wave baseline --nodes --format csv)
expect_contains "hub rated by 7" "Harbourview University,academic,7," "$n"
hub=$(echo "$n" | grep "Harbourview University")
case "$hub" in *,,,7) fail "the hub's trust should be shown: $hub";; esac
small=$(echo "$n" | grep "Friends of Bayside Seniors")
case "$small" in *,,,1) ;; *) fail "one rater: trust and value suppressed: $small";; esac
echo "network_demo: ok"
