# serve_dashboard.sh: the dashboards and survey administration of the
# workspace over HTTP (curl):
# the programme page lists only the signed-in user's partnerships
# (struggling first, as `portfolio`); the partnership page draws the
# report's sections (the same code as `report`); the downloaded report is
# byte for byte what `synergist report` writes, in English and French,
# and the workbook an xlsx; 403 outside one's partnerships, 404 for none;
# a partnership name holding <script> is shown as text; a coder of one
# partnership gets 403 on another; survey administration (evaluators) shows
# the waves and live rates of `wave list` and `response list` and each
# token's status as `token export`, tokens cut to 4 characters, names only
# for an admin.
. "$E2E_LIB"
"$SYN" demo >/dev/null
"$SYN" partnership add XSS --name '<script>alert(1)</script>' >/dev/null
adduser(){ printf '%s\n' "$2" | "$SYN" user add "$1" "${@:3}" >/dev/null; }
adduser root admin-pass-1 --role admin
adduser vic viewer-pass-1 --role viewer --partnership CHRP --partnership XSS
adduser cody coder-pass-01 --role coder --partnership PCCP
adduser evan evaluator-pass --role evaluator --partnership PCCP
"$SYN" wave add PCCP web --opens 2018-12-01 --closes 2019-01-31 >/dev/null
"$SYN" token issue PCCP web >/dev/null
serve_start
code(){ local u=$1; shift; curl -s -o "$T/b" -D "$T/h" -w '%{http_code}' "$@" "$BASE$u"; }
signin(){ serve_signin "$@"; }
expect_eq "viewer signs in" 303 "$(signin v vic viewer-pass-1)"
expect_eq "admin signs in" 303 "$(signin a root admin-pass-1)"

# Programme: the viewer sees CHRP and XSS only; the admin every one, struggling first, and the sector mix.
expect_eq "programme (viewer)" 200 "$(code /programme -b "$T/v")"
expect_contains "own partnership" 'href="/partnership/CHRP"' "$(cat "$T/b")"
expect_not_contains "not another one" 'PCCP' "$(cat "$T/b")"
expect_contains "escaped name" "&lt;script&gt;alert(1)&lt;/script&gt;" "$(cat "$T/b")"
expect_not_contains "no raw script" "<script>alert" "$(cat "$T/b")"
expect_not_contains "no sector mix for a partial view" "Sector mix" "$(cat "$T/b")"
expect_eq "programme (admin)" 200 "$(code /programme -b "$T/a")"
expect_contains "sector mix" "Sector mix (nonprofit, industry, government)" "$(cat "$T/b")"
# The order of `portfolio` (struggling first) is the order of the page.
ORDER=$("$SYN" portfolio --table partnerships --format csv | sed 1d | cut -d, -f1 | tr '\n' ' ')
PAGE=$(grep -o '<li><a href="/partnership/[^"]*"' "$T/b" | sed 's|.*/partnership/||; s|"$||' | tr '\n' ' ')
expect_eq "struggling first, as portfolio" "$ORDER" "$PAGE"
expect_contains "band shown" 'class="band-work"' "$(cat "$T/b")"
# The portfolio in the report's words and rule (portfolio_basic.sh: PCCP's
# rise has a CI excluding 0, CHRP's -0.03 does not), never by sign alone.
expect_contains "rise in words" "↑ up 1.02: a clear rise" "$(cat "$T/b")"
expect_contains "the same in words" "→ about the same (-0.03)" "$(cat "$T/b")"
expect_not_contains "no sign-only trend" "down -0.03" "$(cat "$T/b")"
# In French: bands, trends, headings and the sector mix in French.
expect_eq "programme in French" 200 "$(code '/programme?lang=fr' -b "$T/a")"
fr=$(cat "$T/b")
expect_contains "French band in the list" '<span class="band-work">à travailler</span>' "$fr"
expect_contains "French trend" "↑ en hausse de 1,02 : une hausse nette" "$fr"
expect_contains "French same" "→ à peu près pareil (-0,03)" "$fr"
expect_contains "French heading" '<th scope="col">Tendance</th>' "$fr"
expect_contains "French sector heading" '<th scope="col">Mesure</th>' "$fr"
for w in '>strength<' '>work<' '>concern<' 'about the same' 'clear rise' '>measure<' '>reference_255<' 'nonprofit,'; do
  expect_not_contains "no English on the French page: $w" "$w" "$fr"
done

# Partnership page: the report's sections; 403 outside, 404 for none.
expect_eq "partnership page" 200 "$(code /partnership/CHRP -b "$T/v")"
for id in scores findings qualitative methods; do
  expect_contains "section $id" "id=\"$id-h\"" "$(cat "$T/b")"
done
expect_contains "report stylesheet" 'href="/report.css"' "$(cat "$T/b")"
expect_contains "evidence summaries point to the workbook's download" '<a href="/partnership/CHRP/report.xlsx?in=en">the workbook</a>, sheet evidence, CHRP finding' "$(cat "$T/b")"
expect_not_contains "no survey administration for a viewer" "/survey\"" "$(cat "$T/b")"
# statuses: lines "JAR URL STATUS" (the viewer v, the admin a, the coder c).
statuses(){ while read -r jar url want; do expect_eq "$jar: $url" "$want" "$(code "$url" -b "$T/$jar")"; done; }
statuses <<'END'
v /partnership/PCCP 403
v /partnership/PCCP/report.html 403
v /partnership/PCCP/report.xlsx 403
v /partnership/NOPE 403
a /partnership/NOPE 404
END
expect_eq "not signed in" 303 "$(code /partnership/CHRP)"
expect_eq "script name page" 200 "$(code /partnership/XSS -b "$T/v")"
expect_contains "escaped heading" "<h1>&lt;script&gt;alert(1)&lt;/script&gt;" "$(cat "$T/b")"
expect_not_contains "no raw script on the partnership page" "<script>alert" "$(cat "$T/b")"
expect_eq "french page" 200 "$(code '/partnership/CHRP?lang=fr' -b "$T/v")"
expect_contains "french sections" "Sommaire" "$(cat "$T/b")"

# Downloads: the very report of the command line.
for lang in en fr; do
  "$SYN" report CHRP --out "$T/cli-$lang.html" --lang "$lang" >/dev/null
  expect_eq "report $lang" 200 "$(curl -s -b "$T/v" -o "$T/web-$lang.html" -D "$T/h" -w '%{http_code}' "$BASE/partnership/CHRP/report.html?in=$lang")"
  expect_contains "download $lang" "Content-Disposition: attachment; filename=\"report-CHRP-$lang.html\"" "$(cat "$T/h")"
  cmp -s "$T/cli-$lang.html" "$T/web-$lang.html" || fail "the $lang report downloaded differs from synergist report's: $(diff "$T/cli-$lang.html" "$T/web-$lang.html" | head -5)"
done
expect_eq "workbook" 200 "$(curl -s -b "$T/v" -o "$T/w.xlsx" -D "$T/h" -w '%{http_code}' "$BASE/partnership/CHRP/report.xlsx?in=fr")"
expect_contains "xlsx type" "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" "$(cat "$T/h")"
expect_eq "a zip file" "PK" "$(head -c 2 "$T/w.xlsx")"
"$SYN" report CHRP --xlsx "$T/cli.xlsx" --lang fr >/dev/null
expect_eq "same sheets as the command's workbook" "$(unzip -l "$T/cli.xlsx" | awk '{print $4}' | sort)" "$(unzip -l "$T/w.xlsx" | awk '{print $4}' | sort)"

# A coder of PCCP: its page, not CHRP's, nor survey administration.
expect_eq "coder signs in" 303 "$(signin c cody coder-pass-01)"
statuses <<'END'
c /partnership/PCCP 200
c /partnership/CHRP 403
c /partnership/CHRP/report.html 403
c /partnership/PCCP/survey 403
c /partnership/PCCP/tokens?wave=web 403
END

# Survey administration: waves, live rates, tokens.
expect_eq "evaluator signs in" 303 "$(signin e evan evaluator-pass)"
expect_eq "survey administration" 200 "$(code /partnership/PCCP/survey -b "$T/e")"
expect_contains "link from the partnership page" "/partnership/PCCP/survey" "$(curl -s -b "$T/e" "$BASE/partnership/PCCP")"
for w in $("$SYN" wave list PCCP --format csv | sed 1d | cut -d, -f2); do
  expect_contains "wave $w listed" "<th scope=\"row\">$w</th>" "$(cat "$T/b")"
done
# Rows as `response list` has them: baseline's complete sets, web's tokens and rate.
NB=$("$SYN" response list --format csv | grep '^PCCP,baseline,' | cut -d, -f4)
expect_contains "baseline as response list" "<th scope=\"row\">baseline</th><td>psf</td><td class=\"num\">$NB</td>" "$(cat "$T/b")"
WEB=$("$SYN" response list --format csv | grep '^PCCP,web,' | cut -d, -f7,8)
expect_eq "web wave in response list" "13,0.0" "$WEB"
expect_contains "web tokens and rate as response list" '<td class="num">13</td><td class="num">0.0</td></tr>' "$(grep '<th scope="row">web</th><td>psf' "$T/b")"
expect_eq "another partnership's survey" 403 "$(code /partnership/CHRP/survey -b "$T/e")"
expect_eq "tokens" 200 "$(code '/partnership/PCCP/tokens?wave=web' -b "$T/e")"
NT=$("$SYN" token export PCCP web --format csv | sed 1d | wc -l)
expect_eq "one row per token" "$NT" "$(grep -c '<td>not started</td>' "$T/b")"
T1=$("$SYN" --raw token export PCCP web --format csv | sed -n 2p | cut -d, -f1)
M1=$("$SYN" --raw token export PCCP web --format csv | sed -n 2p | cut -d, -f2)
expect_contains "token cut to 4 characters" "<th scope=\"row\">${T1:0:4}...</th><td>$M1</td>" "$(cat "$T/b")"
expect_not_contains "never a whole token" "$T1" "$(cat "$T/b")"
expect_eq "status filter" 200 "$(code '/partnership/PCCP/tokens?wave=web&status=complete' -b "$T/e")"
expect_eq "no complete token yet" 0 "$(grep -c '<td>not started</td>' "$T/b" || true)"
expect_eq "bad status" 400 "$(code '/partnership/PCCP/tokens?wave=web&status=nope' -b "$T/e")"
expect_eq "no such wave" 404 "$(code '/partnership/PCCP/tokens?wave=nope' -b "$T/e")"
expect_eq "names: not for an evaluator" 403 "$(code '/partnership/PCCP/tokens?wave=web&names=1' -b "$T/e")"
expect_eq "names: an admin who asks" 200 "$(code '/partnership/PCCP/tokens?wave=web&names=1' -b "$T/a")"
N1=$("$SYN" --raw --names token export PCCP web --format csv | sed -n 2p | awk -F, '{print $NF}')
expect_contains "the member's name for the admin" "$N1" "$(cat "$T/b")"
expect_eq "no names without asking" 200 "$(code '/partnership/PCCP/tokens?wave=web' -b "$T/a")"
expect_not_contains "no name without asking" "$N1" "$(cat "$T/b")"
# The page's "not started" is token export's not-started; no link column
# even when the study has a base_url (token export then adds one).
"$SYN" setting base_url https://survey.example.org >/dev/null
expect_contains "token export has links now" "https://survey.example.org" "$("$SYN" token export PCCP web --format csv)"
expect_eq "not started filter" 200 "$(code '/partnership/PCCP/tokens?wave=web&status=not%20started' -b "$T/e")"
expect_eq "not started: every token" "$NT" "$(grep -c '<td>not started</td>' "$T/b")"
expect_not_contains "no link on the page" "survey.example.org" "$(cat "$T/b")"
serve_stop
