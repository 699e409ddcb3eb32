# Every network figure against python3-igraph on generated networks
# (isolates, two components, a star, a complete graph, a directed network
# with partial reciprocity; tests/data/network/gen_networks.py computes the
# expected values with python3-igraph), and the member level against a
# hand computation.
. "$E2E_LIB"
PY=/usr/bin/python3
$PY -c 'import igraph' 2>/dev/null || fail "python3-igraph is needed (scripts/install-deps.sh test)"
$PY "$TESTDATA/network/gen_networks.py" "$T/net"
"$SYN" init >/dev/null
"$SYN" partnership import "$T/net/partnerships.csv" >/dev/null
"$SYN" member import "$T/net/members.csv" >/dev/null
"$SYN" wave import "$T/net/waves.csv" >/dev/null
expect_status 0 "$SYN" network import "$T/net/ties.csv"
expect_contains "import count" "ties imported" "$OUT"
"$SYN" network metrics --format json > "$T/got.json"
$PY "$TESTDATA/network/compare_metrics.py" "$T/net/expected.json" "$T/got.json" || fail "figures differ from python3-igraph"
# The comparison does fail on a wrong figure.
sed 's/"density": 0.4/"density": 0.5/' "$T/net/expected.json" > "$T/wrong.json"
if $PY "$TESTDATA/network/compare_metrics.py" "$T/wrong.json" "$T/got.json" >/dev/null; then fail "a wrong density passed"; fi
# Text and CSV carry the same figures.
csv=$("$SYN" network metrics STAR --format csv)
expect_contains "star in csv" "STAR,w1,organisation,7,6,0.2857,1.0000," "$csv"
nodes=$("$SYN" network metrics STAR --nodes --format csv)
expect_contains "hub row" "STAR,w1,STAR org 00,academic,6,3,6,15.0000,true,1,100.0" "$nodes"

# Member level, by hand: organisation A has members a1 and a2, B has b1, C
# has c1. a1 names B (2), b1 names A (3): ties a1-b1 and b1-a1, b1-a2.
# Nodes 4, undirected ties 2, density 2/6, degrees 1,1,2,0 so centralization
# = (1+1+0+2)/(3x2), reciprocity 2 of 3 arcs, c1 isolated.
"$SYN" partnership add MEM --name M >/dev/null
for m in "a1 A" "a2 A" "b1 B" "c1 C"; do
  set -- $m
  "$SYN" member add MEM "$1" --organisation "$2" --joined 2014-01-01 >/dev/null
done
"$SYN" wave add MEM w1 --opens 2015-01-01 >/dev/null
printf 'partnership,wave,respondent,organisation,collaboration\nMEM,w1,a1,B,2\nMEM,w1,b1,A,3\n' > "$T/mem.csv"
"$SYN" network import "$T/mem.csv" >/dev/null
got=$("$SYN" network metrics MEM --level member --format csv | tail -1)
expect_eq "member level" "MEM,w1,member,4,2,0.3333,0.6667,0.6667,0.0000,2,0.7500,1.3333,,,2.67" "$got"
# Organisation level: A-B one tie, degrees 1,1,0: centralization 1/(2x1).
got=$("$SYN" network metrics MEM --format csv | tail -1)
expect_eq "organisation level" "MEM,w1,organisation,3,1,0.3333,0.5000,1.0000,,2,0.6667,1.0000,,,2.50" "$got"
expect_status 2 "$SYN" network metrics MEM --level team
echo "network_metrics: ok"
