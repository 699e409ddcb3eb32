# serve_dashboard.sh: the dashboards of the workspace over HTTP (curl):
# the programme page lists only the signed-in user's partnerships
# (struggling first, as `portfolio`); the partnership page draws the
# report's sections (the same code as `report`); the downloaded report is
# byte for byte what `synergist report` writes, in English and French,
# and the workbook an xlsx; 403 outside one's partnerships, 404 for none;
# a partnership name holding <script> is shown as text.
. "$E2E_LIB"
"$SYN" demo >/dev/null
"$SYN" partnership add XSS --name '<script>alert(1)</script>' >/dev/null
adduser(){ printf '%s\n' "$2" | "$SYN" user add "$1" "${@:3}" >/dev/null; }
adduser root admin-pass-1 --role admin
adduser vic viewer-pass-1 --role viewer --partnership CHRP --partnership XSS
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

# Partnership page: the report's sections; 403 outside, 404 for none.
expect_eq "partnership page" 200 "$(code /partnership/CHRP -b "$T/v")"
for id in scores findings qualitative methods; do
  expect_contains "section $id" "id=\"$id-h\"" "$(cat "$T/b")"
done
expect_contains "report stylesheet" 'href="/report.css"' "$(cat "$T/b")"
expect_not_contains "no survey administration for a viewer" "/survey\"" "$(cat "$T/b")"
expect_eq "another partnership" 403 "$(code /partnership/PCCP -b "$T/v")"
expect_eq "another partnership's report" 403 "$(code /partnership/PCCP/report.html -b "$T/v")"
expect_eq "another partnership's workbook" 403 "$(code /partnership/PCCP/report.xlsx -b "$T/v")"
expect_eq "unknown partnership (viewer): 403, says nothing" 403 "$(code /partnership/NOPE -b "$T/v")"
expect_eq "unknown partnership (admin)" 404 "$(code /partnership/NOPE -b "$T/a")"
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
serve_stop
