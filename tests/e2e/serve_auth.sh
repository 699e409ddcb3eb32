# serve_auth.sh: users and sign-in of the workspace over HTTP (curl):
# `user add/list/edit/password/remove` (password from standard input,
# never shown; bad values exit 3 with every problem as FIELD: message,
# sorted; wrong options 2; a taken name or no such user 1, on the web 409
# with the problem at the name); sign-in and sign-out; session cookie
# flags; pages needing a role (303 to sign-in, 403); CSRF refused without
# or with another session's token and nothing changed; an evaluator adds a
# coder of their partnership only; the audit trail names the signed-in
# user; a password change ends the sessions; failed sign-ins rate-limited
# (429); names escaped; the log holds no password nor session id.
. "$E2E_LIB"
"$SYN" demo >/dev/null
adduser(){ printf '%s\n' "$2" | "$SYN" user add "$1" "${@:3}" >/dev/null; }
adduser root admin-pass-1 --role admin
adduser evan evaluator-pass --role evaluator --partnership PCCP
adduser vic viewer-pass-1 --role viewer --partnership CHRP
adduser '<script>alert(1)</script>' coder-pass-00 --role coder --partnership PCCP
# Bad values: exit 3, every problem as FIELD: message, sorted by field.
expect_status 3 sh -c "printf 'short\n' | \"$SYN\" user add 'bad ' --role coder --partnership NOPE"
expect_eq "every problem listed, by field" "synergist: error: name: a user name is text without control characters, not starting with '-' nor starting or ending with a space
synergist: error: partnership: no partnership 'NOPE' (see: synergist partnership list)
synergist: error: password: a password has at least 10 characters
synergist: 3 problems found; nothing was changed" "$ERR"
expect_status 3 sh -c "printf 'long-enough-1\n' | \"$SYN\" user add bad --role coder"
expect_contains "partnership needed" "partnership: a user who is not an admin needs at least one --partnership" "$ERR"
expect_status 2 sh -c "printf 'long-enough-1\n' | \"$SYN\" user add bad --role boss --partnership PCCP"
expect_status 2 sh -c "printf 'long-enough-1\n' | \"$SYN\" user add bad --partnership PCCP"
expect_status 1 sh -c "printf 'long-enough-1\n' | \"$SYN\" user add evan --role coder --partnership PCCP"
expect_contains "name taken" "user 'evan' already exists" "$ERR"
expect_status 3 "$SYN" user edit evan --partnership NOPE --name ''
expect_contains "edit: the name's problem" "name: a user needs a name" "$ERR"
expect_contains "edit: the partnership's" "partnership: no partnership 'NOPE'" "$ERR"
expect_status 3 sh -c "printf 'short\n' | \"$SYN\" user password evan"
expect_contains "password: its problem" "password: a password has at least 10 characters" "$ERR"
expect_status 1 sh -c "printf 'long-enough-1\n' | \"$SYN\" user password nobody"
expect_status 1 "$SYN" user remove nobody
expect_contains "no such user" "no user 'nobody'" "$ERR"
expect_eq "nothing changed by the refusals" "$(printf 'admin\nana\nben\neva\nevan\nroot\nvic\n<script>alert(1)</script>' | LC_ALL=C sort)" "$("$SYN" user list --format csv | tail -n +2 | cut -d, -f1 | LC_ALL=C sort)"
LIST=$("$SYN" user list --format csv)
expect_contains "list" "evan,evaluator,PCCP,set," "$LIST"
expect_contains "admin has all" "root,admin,*,set," "$LIST"
expect_not_contains "no password in list" "evaluator-pass" "$LIST"
expect_not_contains "no hash in list" "argon2id" "$LIST"
expect_contains "coder row for a coder user" "<script>alert(1)</script>" "$("$SYN" coder list --format csv)"

serve_start --signin-failures 3
code(){ local u=$1; shift; curl -s -o "$T/b" -D "$T/h" -w '%{http_code}' "$@" "$BASE$u"; }
signin(){ serve_signin "$@"; }
csrf(){ curl -s -b "$T/$1" "$BASE/programme" | grep -o 'name="csrf-token" content="[^"]*"' | cut -d'"' -f4; }

expect_eq "not signed in: to sign-in" 303 "$(code /programme)"
expect_contains "next kept" "Location: /signin?next=%2Fprogramme" "$(cat "$T/h")"
expect_eq "users page: to sign-in" 303 "$(code /users)"
expect_eq "post not signed in" 403 "$(code /users/add -d 'name=x&role=coder&partnership=PCCP&password=xxxxxxxxxxxx')"
expect_eq "sign-in page" 200 "$(code /signin)"
expect_contains "pre-session cookie" "Set-Cookie: syn_pre=" "$(cat "$T/h")"
expect_contains "security headers" "Content-Security-Policy: default-src 'self'" "$(cat "$T/h")"
expect_eq "sign-in without its form token" 403 "$(code /signin -d 'name=evan&password=evaluator-pass')"
expect_eq "wrong password" 403 "$(signin e evan wrong-password)"
expect_contains "wrong password page" "The user name or the password is wrong." "$(cat "$T/b")"
expect_eq "sign in" 303 "$(signin e evan evaluator-pass)"
expect_contains "session cookie" "Set-Cookie: syn_session=" "$(cat "$T/h")"
expect_contains "cookie flags" "Path=/; HttpOnly; SameSite=Strict" "$(grep syn_session "$T/h")"
expect_not_contains "no Secure without TLS" "Secure" "$(grep syn_session "$T/h")"
expect_contains "to the programme" "Location: /programme" "$(cat "$T/h")"
expect_eq "programme" 200 "$(code /programme -b "$T/e")"
expect_contains "user in the header" "evan (evaluator)" "$(cat "$T/b")"
expect_contains "sign-out form" 'action="/signout"' "$(cat "$T/b")"
expect_eq "users page" 200 "$(code /users -b "$T/e")"
CE=$(csrf e)
expect_eq "csrf shape" 43 "${#CE}"

# CSRF: missing, wrong, or another session's token: 403 and nothing changed.
expect_eq "viewer signs in" 303 "$(signin v vic viewer-pass-1)"
CV=$(csrf v)
BEFORE=$("$SYN" user list --format csv; "$SYN" audit --format csv)
ADD='name=cora&role=coder&partnership=PCCP&password=coder-pass-01'
expect_eq "add without csrf" 403 "$(code /users/add -b "$T/e" -d "$ADD")"
expect_eq "add with a wrong csrf" 403 "$(code /users/add -b "$T/e" -d "$ADD&csrf=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")"
expect_eq "add with another session's csrf" 403 "$(code /users/add -b "$T/e" -d "$ADD&csrf=$CV")"
expect_eq "viewer may not manage users" 403 "$(code /users -b "$T/v")"
expect_eq "viewer may not add users" 403 "$(code /users/add -b "$T/v" -d "$ADD&csrf=$CV")"
expect_eq "evaluator may not add an admin" 403 "$(code /users/add -b "$T/e" -d "name=x1&role=admin&password=coder-pass-01&csrf=$CE")"
expect_eq "evaluator may not add an evaluator" 403 "$(code /users/add -b "$T/e" -d "name=x2&role=evaluator&partnership=PCCP&password=coder-pass-01&csrf=$CE")"
expect_eq "nor a coder of another partnership" 403 "$(code /users/add -b "$T/e" -d "name=x3&role=coder&partnership=CHRP&password=coder-pass-01&csrf=$CE")"
expect_eq "bad add lists every problem" 400 "$(code /users/add -b "$T/e" -d "name=&role=coder&partnership=PCCP&password=short&csrf=$CE")"
expect_contains "name problem" "name: a user needs a name" "$(cat "$T/b")"
expect_contains "password problem" "password: a password has at least 10 characters" "$(cat "$T/b")"
expect_eq "nothing changed by refused requests" "$BEFORE" "$("$SYN" user list --format csv; "$SYN" audit --format csv)"

# The evaluator adds a coder of PCCP; the audit trail names the evaluator.
expect_eq "add a coder" 303 "$(code /users/add -b "$T/e" -d "$ADD&csrf=$CE")"
expect_contains "post-redirect-get" "Location: /users?done=cora" "$(cat "$T/h")"
expect_contains "the coder exists" "cora,coder,PCCP,set," "$("$SYN" user list --format csv)"
expect_contains "audited as evan" ",evan,user add,cora," "$("$SYN" audit --action user --format csv)"
expect_eq "the name is taken" 409 "$(code /users/add -b "$T/e" -d "$ADD&csrf=$CE")"
expect_contains "said at the name" "<li>name: user &#39;cora&#39; already exists" "$(cat "$T/b")"
expect_eq "the coder signs in" 303 "$(signin c cora coder-pass-01)"
expect_eq "a coder may not manage users" 403 "$(code /users -b "$T/c")"

# Names are escaped wherever they are written.
expect_eq "admin signs in" 303 "$(signin a root admin-pass-1)"
expect_eq "admin's users page" 200 "$(code /users -b "$T/a")"
expect_contains "escaped name" "&lt;script&gt;alert(1)&lt;/script&gt;" "$(cat "$T/b")"
expect_not_contains "no raw script" "<script>alert" "$(cat "$T/b")"

# Sign-out ends the session; a password change ends the others.
CC=$(csrf c)
expect_eq "sign out without csrf" 403 "$(code /signout -b "$T/c" -d x=1)"
expect_eq "sign out" 303 "$(code /signout -b "$T/c" -d "csrf=$CC")"
expect_contains "cookie cleared" "Max-Age=0" "$(grep syn_session "$T/h")"
expect_eq "signed out" 303 "$(code /programme -b "$T/c")"
expect_eq "evan still in" 200 "$(code /programme -b "$T/e")"
printf 'evaluator-pass-2\n' | "$SYN" user password evan >/dev/null
expect_eq "password change ends evan's session" 303 "$(code /programme -b "$T/e")"
"$SYN" user edit vic --role coder >/dev/null
expect_eq "role change ends vic's session" 303 "$(code /programme -b "$T/v")"
"$SYN" user remove root >/dev/null
expect_eq "removal ends root's session" 303 "$(code /programme -b "$T/a")"
expect_eq "old password refused" 403 "$(signin e evan evaluator-pass)"
expect_eq "new password" 303 "$(signin e evan evaluator-pass-2)"

# Failed sign-ins from this client: the wrong and the old password above,
# this one; after 3 (--signin-failures), 429 even with the right password.
expect_eq "failure 3" 403 "$(signin x vic nope-nope-1)"
expect_eq "rate-limited" 429 "$(signin x vic viewer-pass-1)"
expect_contains "retry-after" "Retry-After:" "$(cat "$T/h")"
expect_eq "still limited" 429 "$(signin y vic viewer-pass-1)"
serve_stop
for secret in evaluator-pass coder-pass-01 admin-pass-1 "$CE" "$(grep -o 'syn_session[[:space:]]*[^[:space:]]*' "$T/e" | awk '{print $2}')"; do
  expect_not_contains "log free of secrets" "$secret" "$(cat "$T/serve.log")"
done

# Behind TLS (--secure-cookies or an https --base-url) the cookies are Secure.
serve_start --secure-cookies
expect_eq "sign in (secure)" 303 "$(signin s evan evaluator-pass-2)"
expect_contains "Secure cookie" "HttpOnly; SameSite=Strict; Secure" "$(grep syn_session "$T/h")"
serve_stop
