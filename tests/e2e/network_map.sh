# The network map: valid SVG, identical across runs and studies built the
# same way, two waves side by side with joined and departed organisations
# marked; organisations numbered on the map and named in full in its key
# (never cut short), sectors in French in a French map; the report's network section with its text alternative and the
# workbook's network sheets.
. "$E2E_LIB"
"$SYN" demo >/dev/null
"$SYN" network map PCCP --wave baseline --to followup1 --output "$T/a.svg" >/dev/null
"$SYN" network map PCCP --wave baseline --to followup1 > "$T/b.svg"
xmllint --noout "$T/a.svg" || fail "the map is not well-formed XML"
cmp -s "$T/a.svg" "$T/b.svg" || fail "two runs drew different maps"
SYNERGIST_STUDY="$T/other.db" "$SYN" demo >/dev/null
SYNERGIST_STUDY="$T/other.db" "$SYN" network map PCCP --wave baseline --to followup1 > "$T/c.svg"
cmp -s "$T/a.svg" "$T/c.svg" || fail "the same study drew a different map"
svg=$(cat "$T/a.svg")
expect_contains "accessible name" 'role="img" aria-labelledby="netmap-t netmap-d"' "$svg"
expect_contains "title" "Collaboration network of PCCP, waves baseline and followup1" "$svg"
expect_contains "departed marked" 'stroke-dasharray="3 2" fill-opacity="0.35"><title>3. Provincial Ministry of Health' "$svg"
expect_contains "key names in full" '>Quartier Est Community Development Corporation</text>' "$svg"
expect_not_contains "no label cut short" '...</text>' "$svg"
expect_contains "legend" "joined since the previous wave" "$svg"
expect_contains "two panels" ">followup1</text>" "$svg"
one=$("$SYN" network map CHRP --wave baseline)
expect_not_contains "one wave: no second panel" "joined since" "$one"
expect_contains "one wave: key" '>Harbourview Community Information Line</text>' "$one"
frmap=$(LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" network map PCCP --wave baseline)
expect_contains "French sectors" '>système de santé</text>' "$frmap"
expect_not_contains "no English sector" '>health system</text>' "$frmap"
# Long names wrap in the key, at spaces or after hyphens, never cut; a
# sector the user named is kept as named.
long="Provincial Ministry of Health and Social Services, Directorate of Primary Care Networks and Community Partnerships"
SYNERGIST_STUDY="$T/long.db" "$SYN" demo >/dev/null
SYNERGIST_STUDY="$T/long.db" "$SYN" sector add "regional authority" >/dev/null
SYNERGIST_STUDY="$T/long.db" "$SYN" organisation edit "Provincial Ministry of Health" --name "$long" --sector "regional authority" >/dev/null
SYNERGIST_STUDY="$T/long.db" "$SYN" organisation edit "Université du Littoral" --name "Université-du-Littoral-Faculté-de-médecine-et-des-sciences-de-la-santé" >/dev/null
lsvg=$(SYNERGIST_STUDY="$T/long.db" "$SYN" network map PCCP --wave baseline --to followup2)
key=$(printf '%s\n' "$lsvg" | grep -o '<text x="[0-9]*" y="[0-9]*">[^<]*</text>' | sed 's/<[^>]*>//g' | tr '\n' ' ')
expect_contains "long name whole in the key" "$long" "$key"
expect_contains "hyphenated name broken after a hyphen" "Université-du-Littoral-Faculté-de-médecine-et-des- sciences-de-la-santé" "$key"
expect_contains "user's sector as named" "<title>3. $long (regional authority): " "$lsvg"
expect_not_contains "nothing cut" "...<" "$lsvg"
expect_status 2 "$SYN" network map CHRP
expect_status 1 "$SYN" network map CHRP --wave nowave
"$SYN" report --all --out "$T/r.html" --xlsx "$T/r.xlsx" >/dev/null
html=$(cat "$T/r.html")
expect_contains "section" '<section class="report-section" id="network"' "$html"
expect_contains "PCCP map" "Collaboration network of PCCP, waves baseline and followup2" "$html"
expect_contains "CHRP map" "Collaboration network of CHRP, waves baseline and followup2" "$html"
expect_contains "text alternative" "Ties of CHRP in wave baseline" "$html"
sheets=$(unzip -p "$T/r.xlsx" xl/workbook.xml)
for s in network_metrics network_organisations network_ties; do expect_contains "sheet $s" "name=\"$s\"" "$sheets"; done
fr=$(LANGUAGE=fr LANG=fr_FR.UTF-8 "$SYN" report --all --lang fr --out "$T/fr.html" >/dev/null; cat "$T/fr.html")
expect_contains "French section" "Réseaux de collaboration" "$fr"
echo "network_map: ok"
