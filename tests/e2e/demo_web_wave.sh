# demo_web_wave.sh: `make demo` opens a web-survey wave for PCCP after
# writing its reports (for the README's walkthrough). A report written
# afterwards, on a later day, tells the demo's story as before: the wave
# opens the day after the demo's last record (DEMO_WEB_OPENS in the
# Makefile), so no partnership is found without meetings from 2018 to
# today, and the programme chart has no row for the unanswered wave.
. "$E2E_LIB"
unset SYNERGIST_TODAY        # as make demo runs: today is the real day
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --all --out "$T/before.html"
expect_status 0 "$SYN" report --programme --out "$T/pbefore.html"

# The demo target's steps after its reports, with its opening day.
opens=$(sed -n 's/^DEMO_WEB_OPENS ?= *//p' "$SOURCE_DIR/Makefile")
[ -n "$opens" ] || fail "no DEMO_WEB_OPENS in the Makefile"
grep -q 'wave add PCCP web --opens $(DEMO_WEB_OPENS)' "$SOURCE_DIR/Makefile" || fail "make demo does not open the web wave on DEMO_WEB_OPENS"
"$SYN" wave add PCCP web --opens "$opens" >/dev/null
"$SYN" token issue PCCP web >/dev/null

expect_status 0 "$SYN" report --all --out "$T/after.html"
after=$(cat "$T/after.html")
expect_not_contains "no ongoing gap up to today" "days since 2018" "$after"
expect_contains "the demo's own gap still told" "No meeting for 561 days (18.4 months) between 2015-05-04 and 2016-11-15" "$after"
# The briefing and the findings read as before the wave was opened.
section(){ sed -n "/<section class=\"report-section\" id=\"$1\"/,/<\/section>/p" "$2" | sed 's/chart-[0-9]*/chart/g'; }
for s in briefing findings; do
  expect_eq "$s unchanged by the web wave" "$(section $s "$T/before.html")" "$(section $s "$T/after.html")"
done
expect_status 0 "$SYN" report --programme --out "$T/pafter.html"
expect_not_contains "no row for the unanswered web wave" '>web</tspan>' "$(cat "$T/pafter.html")"
expect_eq "programme overview unchanged" "$(section programme "$T/pbefore.html")" "$(section programme "$T/pafter.html")"
