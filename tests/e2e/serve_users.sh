# serve_users.sh: changing a user on the web (curl), the same use cases
# as `user edit` and `user password`: an admin changes a coder's role and
# partnerships and sets a new password (`user list` shows the change, the
# old password no longer signs in, the new one does, `audit` names the
# admin); an evaluator changes a coder of their partnership but may not
# make anyone an evaluator, nor change an admin or their own role (403,
# nothing changed); without the CSRF token 403 and nothing changed; a
# viewer gets 403; a short password is refused with its problem (400).
# In French the sign-out button and the sign-in page have no English word.
. "$E2E_LIB"
"$SYN" demo >/dev/null
adduser(){ printf '%s\n' "$2" | "$SYN" user add "$1" "${@:3}" >/dev/null; }
adduser root admin-pass-1 --role admin
adduser evan evaluator-pass --role evaluator --partnership PCCP
adduser cora coder-pass-01 --role coder --partnership PCCP
adduser vic viewer-pass-01 --role viewer --partnership PCCP
serve_start
code(){ local u=$1; shift; curl -s -o "$T/b" -D "$T/h" -w '%{http_code}' "$@" "$BASE$u"; }
csrf(){ curl -s -b "$T/$1" "$BASE/programme" | grep -o 'name="csrf-token" content="[^"]*"' | cut -d'"' -f4; }
row(){ "$SYN" user list --format csv | grep "^$1,"; }
for who in "a root admin-pass-1" "e evan evaluator-pass" "v vic viewer-pass-01"; do
  set -- $who
  expect_eq "sign in $2" 303 "$(serve_signin "$1" "$2" "$3")"
done
CA=$(csrf a); CE=$(csrf e); CV=$(csrf v)

expect_eq "users page links the edit page" 200 "$(code /users -b "$T/a")"
expect_contains "link" 'href="/users/cora/edit"' "$(cat "$T/b")"
expect_eq "edit page" 200 "$(code /users/cora/edit -b "$T/a")"
expect_contains "current role selected" '<option value="coder" selected>' "$(cat "$T/b")"
expect_eq "viewer: no edit page" 403 "$(code /users/cora/edit -b "$T/v")"
expect_eq "no such user" 404 "$(code /users/nobody/edit -b "$T/a")"

BEFORE=$(row cora)
expect_eq "edit without csrf" 403 "$(code /users/cora/edit -b "$T/a" -d "role=evaluator&partnership=PCCP")"
expect_eq "password without csrf" 403 "$(code /users/cora/password -b "$T/a" -d "password=another-pass-9")"
expect_eq "edit by a viewer" 403 "$(code /users/cora/edit -b "$T/v" -d "role=viewer&partnership=PCCP&csrf=$CV")"
expect_eq "evaluator may not make an evaluator" 403 "$(code /users/cora/edit -b "$T/e" -d "role=evaluator&partnership=PCCP&csrf=$CE")"
expect_eq "evaluator may not change an admin" 403 "$(code /users/root/password -b "$T/e" -d "password=another-pass-9&csrf=$CE")"
expect_eq "nor their own role" 403 "$(code /users/evan/edit -b "$T/e" -d "role=viewer&partnership=PCCP&csrf=$CE")"
expect_eq "nothing changed" "$BEFORE" "$(row cora)"

expect_eq "evaluator: coder to viewer" 303 "$(code /users/cora/edit -b "$T/e" -d "role=viewer&partnership=PCCP&csrf=$CE")"
expect_contains "viewer now" "cora,viewer,PCCP" "$(row cora)"
expect_eq "admin: evaluator of two partnerships" 303 "$(code /users/cora/edit -b "$T/a" -d "role=evaluator&partnership=PCCP&partnership=CHRP&csrf=$CA")"
expect_contains "back to the users page" "Location: /users?changed=cora" "$(cat "$T/h")"
expect_contains "changed" "cora,evaluator,CHRP PCCP" "$(row cora)"
expect_eq "a short password" 400 "$(code /users/cora/password -b "$T/a" -d "password=short&csrf=$CA")"
expect_contains "its problem" "password: a password has at least 10 characters" "$(cat "$T/b")"
expect_eq "admin sets a password" 303 "$(code /users/cora/password -b "$T/a" -d "password=another-pass-9&csrf=$CA")"
expect_eq "the old password fails" 403 "$(serve_signin c cora coder-pass-01)"
expect_eq "the new one signs in" 303 "$(serve_signin c cora another-pass-9)"
AUDIT=$("$SYN" audit --names --format csv)
expect_contains "role change audited under the admin" ",root,user edit,cora," "$AUDIT"
expect_contains "password change audited" ",root,user password,cora," "$AUDIT"
expect_not_contains "no password in the trail" "another-pass-9" "$AUDIT"
expect_not_contains "nor in the log" "another-pass-9" "$(cat "$T/serve.log")"
# The workspace's own words in French: the sign-out button, the sign-in page.
expect_contains "sign-out button in French" "Se déconnecter</button>" "$(curl -s -b "$T/a" -H 'Accept-Language: fr' "$BASE/users")"
expect_contains "the edit link in French" ">Modifier</a>" "$(curl -s -b "$T/a" -H 'Accept-Language: fr' "$BASE/users")"
expect_contains "sign-in page in French" "<h1>Se connecter</h1>" "$(curl -s -H 'Accept-Language: fr' "$BASE/signin")"
expect_not_contains "no English on it" "Sign" "$(curl -s -H 'Accept-Language: fr' "$BASE/signin")"
serve_stop
