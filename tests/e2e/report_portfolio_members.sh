# report_portfolio_members.sh: the programme overview's portfolio does not
# set today's members beside a response rate over other members: the rate
# names its denominator, the members present when the wave opened ("94% of
# 16": PCCP's 15 answer sets at followup2, 16 members present on
# 2017-06-01, as the briefing says), and the members column is headed
# "Members now" (PCCP has 13 at the end of the demo). English and French.
. "$E2E_LIB"
export SYNERGIST_TODAY=2026-12-06
"$SYN" demo >/dev/null
expect_status 0 "$SYN" report --programme --out "$T/p.html"
port=$(sed -n '/Programme portfolio/,/<\/table>/p' "$T/p.html")
expect_contains "members now heading" '<th scope="col" class="num">Members now</th>' "$port"
expect_not_contains "no bare Members heading" '>Members<' "$port"
expect_contains "PCCP rate of 16, 13 now" '<td>94% of 16</td><td class="num">13</td>' "$(printf '%s\n' "$port" | grep PCCP)"
expect_contains "CHRP rate of 22, 23 now" '<td>91% of 22</td><td class="num">23</td>' "$(printf '%s\n' "$port" | grep CHRP)"
expect_status 0 "$SYN" report --programme --out "$T/f.html" --lang fr
frport=$(sed -n '/Portefeuille du programme/,/<\/table>/p' "$T/f.html")
expect_contains "French heading" '>Membres actuels</th>' "$frport"
expect_contains "French rate" '94 % de 16</td>' "$frport"
