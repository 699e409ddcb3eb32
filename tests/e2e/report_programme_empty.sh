# report_programme_empty.sh: the programme overview of a study with one
# partnership and no answers says in a whole sentence, in English and in
# French, that no synergy has been scored yet and which command brings the
# answers (report_no_data() takes a sentence, not a bare noun).
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add SOLO --name "Solo partnership" >/dev/null
expect_status 0 "$SYN" report --programme --out "$T/en.html"
en=$(cat "$T/en.html")
expect_contains "English sentence" "<p class=\"no-data\"><strong>No data yet.</strong> No partnership&#39;s synergy has been scored from member surveys. It appears here once this has been run: <code>synergist response import FILE --instrument psf</code></p>" "$en"
expect_not_contains "no bare noun" "Survey scores It appears" "$en"
expect_status 0 "$SYN" report --programme --out "$T/fr.html" --lang fr
fr=$(cat "$T/fr.html")
expect_contains "French sentence" "<strong>Pas encore de données.</strong> La synergie d&#39;aucun partenariat n&#39;a encore été calculée à partir des questionnaires des membres." "$fr"
expect_not_contains "no bare French noun" "Scores des questionnaires Cette partie" "$fr"
