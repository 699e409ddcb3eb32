# The network rules on hand-made networks: a star (centralised_network,
# single_broker) and a cycle of four that splits into two pairs of one
# sector each (network_fragmented, network_thinning, isolated_group), in
# English and French, with thresholds from the parameters.
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add HUB --name H >/dev/null
"$SYN" partnership add SPLIT --name S >/dev/null
add(){ "$SYN" member add "$1" "$2" --organisation "$3" --joined 2014-01-01 >/dev/null; }
"$SYN" organisation add "Hub U" --sector academic >/dev/null
for o in "A gov:government" "B ngo:nonprofit" "C clinic:health system"; do
  "$SYN" organisation add "${o%%:*}" --sector "${o#*:}" >/dev/null
done
add HUB h1 "Hub U"; add HUB a1 "A gov"; add HUB b1 "B ngo"; add HUB c1 "C clinic"
for o in W X; do "$SYN" organisation add "$o" --sector academic >/dev/null; done
for o in Y Z; do "$SYN" organisation add "$o" --sector nonprofit >/dev/null; done
add SPLIT w1 W; add SPLIT x1 X; add SPLIT y1 Y; add SPLIT z1 Z
"$SYN" wave add HUB baseline --opens 2015-01-01 >/dev/null
"$SYN" wave add SPLIT baseline --opens 2015-01-01 >/dev/null
"$SYN" wave add SPLIT followup --opens 2016-01-01 >/dev/null
cat > "$T/ties.csv" <<'CSV'
partnership,wave,respondent,organisation,collaboration
HUB,baseline,h1,A gov,3
HUB,baseline,h1,B ngo,3
HUB,baseline,h1,C clinic,3
SPLIT,baseline,w1,X,4
SPLIT,baseline,x1,Y,4
SPLIT,baseline,y1,Z,4
SPLIT,baseline,z1,W,4
SPLIT,followup,w1,X,1
SPLIT,followup,y1,Z,1
CSV
"$SYN" network import "$T/ties.csv" >/dev/null
out=$("$SYN" diagnose HUB)
expect_contains "hub" "the network runs through one hub, Hub U (degree centralization 1.00)" "$out"
expect_contains "threshold quoted" "above network_centralization=0.6" "$out"
expect_contains "broker" "Hub U is the only link between 3 organisations and the rest of the network" "$out"
expect_contains "cut off" "organisation C clinic: would be cut off" "$out"
expect_contains "action" "Share leadership" "$out"
# A higher threshold silences the centralisation rule, not the broker.
out=$("$SYN" diagnose HUB --set network_centralization=1)
expect_not_contains "threshold respected" "centralised_network" "$out"
expect_contains "broker stays" "single_broker" "$out"

out=$("$SYN" diagnose SPLIT)
expect_contains "fragmented" "the largest connected group holds 50% of the organisations, down from 100%" "$out"
expect_contains "thinning" "Between waves baseline and followup the network thinned: density 0.67 to 0.33, mean collaboration level 4.0 to 1.0, 4 to 2 ties" "$out"
expect_contains "isolated sector" "the nonprofit sector (2 organisations) has no tie to any organisation of another sector" "$out"
expect_not_contains "no hub in a cycle" "centralised_network" "$out"
expect_not_contains "no broker" "single_broker" "$out"
json=$("$SYN" diagnose SPLIT --format json)
expect_contains "severity of the thinning" '"kind": "network_thinning"' "$json"
fr=$(LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" diagnose SPLIT)
expect_contains "French" "le réseau s’est appauvri" "$fr"
expect_contains "French kind" "réseau" "$fr"
rules=$("$SYN" diagnose --rules --format csv)
expect_contains "parameter listed" "network_density_drop,0.1" "$rules"
echo "diagnose_network: ok"
