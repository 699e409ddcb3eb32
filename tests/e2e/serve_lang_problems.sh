# serve_lang_problems.sh: what a use case or the store says about a
# request reaches the page in its language. The users pages (an add with a
# taken name, a bad name and a short password; a short new password), the
# member's tie survey (an answer out of range, the member's own
# organisation), the survey (an answer not among the choices), the coding
# workspace (a code that exists, an agreement of coders without a shared
# source), the matrix's coverage and the token statuses of the survey
# administration: asked in
# French, each page says it in French and not in English; asked in
# English, in English. The command line keeps its English.
. "$E2E_LIB"
"$SYN" demo >/dev/null
printf '%s\n' admin-pass-1 | "$SYN" user add root --role admin >/dev/null
printf '%s\n' coder-pass-01 | "$SYN" user add cora --role coder --partnership PCCP >/dev/null
"$SYN" wave add PCCP web --opens 2018-12-01 --closes 2019-01-31 >/dev/null
"$SYN" token issue PCCP web >/dev/null
serve_start
NB=$(printf '\302\240')   # the no-break space inside French guillemets
code(){ local u=$1; shift; curl -s -o "$T/b" -w '%{http_code}' "$@" "$BASE$u"; }
# post PATH LANGUAGE JAR FIELD=VALUE...: a form in that language (JAR - : no session).
post(){ local u=$1 l=$2 j=$3; shift 3; local a=(); for f in "$@"; do a+=(--data-urlencode "$f"); done
        [ "$j" = - ] || a+=(-b "$T/$j"); code "$u" -H "Accept-Language: $l" "${a[@]}"; }
expect_eq "sign in" 303 "$(serve_signin a root admin-pass-1)"
CA=$(curl -s -b "$T/a" "$BASE/programme" | grep -o 'name="csrf-token" content="[^"]*"' | cut -d'"' -f4)

# Users: a taken name (the store's message), then the use case's checks.
expect_eq "taken name, fr" 409 "$(post /users/add fr a name=cora role=viewer partnership=PCCP password=viewer-pass-01 csrf=$CA)"
b=$(cat "$T/b")
expect_contains "taken, in French" "nom : l’utilisateur «${NB}cora${NB}» existe déjà" "$b"
expect_not_contains "not in English" "already exists" "$b"
expect_eq "taken name, en" 409 "$(post /users/add en a name=cora role=viewer partnership=PCCP password=viewer-pass-01 csrf=$CA)"
expect_contains "taken, in English" "name: user &#39;cora&#39; already exists" "$(cat "$T/b")"
expect_eq "bad name and password, fr" 400 "$(post /users/add fr a name=-x role=viewer partnership=PCCP password=short csrf=$CA)"
b=$(cat "$T/b")
expect_contains "bad name, in French" "nom : un nom d’utilisateur est un texte sans caractères de contrôle" "$b"
expect_contains "short password, in French" "mot de passe : un mot de passe a au moins 10 caractères" "$b"
expect_not_contains "no English name problem" "a user name is text" "$b"
expect_not_contains "no English password problem" "a password has at least" "$b"
expect_not_contains "no English field" "password: " "$b"
expect_eq "bad name and password, en" 400 "$(post /users/add en a name=-x role=viewer partnership=PCCP password=short csrf=$CA)"
b=$(cat "$T/b")
expect_contains "bad name, in English" "name: a user name is text without control characters" "$b"
expect_contains "short password, in English" "password: a password has at least 10 characters" "$b"
expect_not_contains "no French" "mot de passe" "$b"
expect_eq "short new password, fr" 400 "$(post /users/cora/password fr a password=short csrf=$CA)"
expect_contains "new password, in French" "mot de passe : un mot de passe a au moins 10 caractères" "$(cat "$T/b")"
expect_not_contains "not in English" "a password has at least" "$(cat "$T/b")"
expect_eq "short new password, en" 400 "$(post /users/cora/password en a password=short csrf=$CA)"
expect_contains "new password, in English" "password: a password has at least 10 characters" "$(cat "$T/b")"

# The tie survey of a member with an organisation.
TOK=$("$SYN" --raw token export PCCP web --format csv | awk -F, 'NR>1 && $2=="011"{print $1}')
[ -n "$TOK" ] || fail "no token for member 011"
code "/s/$TOK/network" >/dev/null
KEY=$(grep -o 'name="key" value="[^"]*"' "$T/b" | cut -d'"' -f4)
O0=$(grep -o 'name="o0" value="[^"]*"' "$T/b" | cut -d'"' -f4)
OWN=$("$SYN" member list PCCP --format csv | python3 -c "import csv,sys
print(next(r['organisation'] for r in csv.DictReader(sys.stdin) if r['id']=='011'))")
[ -n "$KEY" ] && [ -n "$O0" ] && [ -n "$OWN" ] || fail "tie survey not set up: key '$KEY', '$O0', own '$OWN'"
expect_eq "ties out of range, fr" 400 "$(post "/s/$TOK/network" fr - key=$KEY nav=next o0="$O0" c0=9 o1="$OWN" c1=1)"
b=$(cat "$T/b")
expect_contains "range, in French" "collaboration «${NB}9${NB}» n’est pas un nombre entier de 0 à 5" "$b"
expect_contains "own organisation, in French" "le membre «${NB}011${NB}» nomme sa propre organisation" "$b"
expect_not_contains "no English range" "is not a whole number" "$b"
expect_not_contains "no English own organisation" "names their own organisation" "$b"
expect_not_contains "not marked English" 'class="detail" lang="en"' "$b"
expect_eq "ties out of range, en" 400 "$(post "/s/$TOK/network" en - key=$KEY nav=next o0="$O0" c0=9 o1="$OWN" c1=1)"
b=$(cat "$T/b")
expect_contains "range, in English" "collaboration &#39;9&#39; is not a whole number from 0 to 5" "$b"
expect_contains "own organisation, in English" "member &#39;011&#39; names their own organisation" "$b"

# The survey: an answer that is not one of the choices.
code "/s/$TOK/p/1" >/dev/null
SKEY=$(grep -o 'name="key" value="[^"]*"' "$T/b" | cut -d'"' -f4)
ITEM=$(grep -o '<input type="radio" name="[^"]*"' "$T/b" | sed -n 1p | cut -d'"' -f4)
[ -n "$SKEY" ] && [ -n "$ITEM" ] || fail "survey page not read"
expect_eq "answer out of range, fr" 400 "$(post "/s/$TOK/p/1" fr - key=$SKEY nav=next "$ITEM=77")"
expect_contains "choices, in French" "Cette réponse ne fait pas partie des choix." "$(cat "$T/b")"
expect_not_contains "not in English" "not one of the choices" "$(cat "$T/b")"
expect_eq "answer out of range, en" 400 "$(post "/s/$TOK/p/1" en - key=$SKEY nav=next "$ITEM=77")"
expect_contains "choices, in English" "This answer is not one of the choices." "$(cat "$T/b")"

# The coding workspace: a change refused by the store (on the writer
# thread), an analysis the use case cannot make.
CODE=$("$SYN" code list --format csv | awk -F, 'NR==2{print $1}')
[ -n "$CODE" ] || fail "no code in the demo"
expect_eq "code taken, fr" 409 "$(post /w/codebook fr a op=add "name=$CODE" csrf=$CA)"
expect_contains "code taken, in French" "le code «${NB}$CODE${NB}» existe déjà" "$(cat "$T/b")"
expect_not_contains "not in English" "already exists" "$(cat "$T/b")"
expect_eq "code taken, en" 409 "$(post /w/codebook en a op=add "name=$CODE" csrf=$CA)"
expect_contains "code taken, in English" "code &#39;$CODE&#39; already exists" "$(cat "$T/b")"
expect_eq "agreement without shared sources, fr" 200 "$(code "/w/agreement?a=root&b=cora" -b "$T/a" -H 'Accept-Language: fr')"
expect_contains "agreement, in French" "les codeurs root et cora n’ont aucune source en commun" "$(cat "$T/b")"
expect_not_contains "not in English" "no source in common" "$(cat "$T/b")"
expect_eq "agreement without shared sources, en" 200 "$(code "/w/agreement?a=root&b=cora" -b "$T/a" -H 'Accept-Language: en')"
expect_contains "agreement, in English" "coders root and cora have no source in common" "$(cat "$T/b")"

# The matrix's counts and coverage as the page's language writes numbers.
expect_eq "matrix, fr" 200 "$(code "/w/matrix?rows=participant" -b "$T/a" -H 'Accept-Language: fr')"
expect_contains "a decimal comma" "$NB%</span>" "$(grep -o "<span class=\"muted\">[0-9]*,[0-9]$NB%</span>" "$T/b" | head -1)"
expect_not_contains "no decimal point" "%</span>" "$(grep -o '<span class="muted">[0-9.]*%</span>' "$T/b" || true)"
expect_contains "one source" " 1 source</a>" "$(cat "$T/b")"
expect_eq "matrix, en" 200 "$(code "/w/matrix?rows=participant" -b "$T/a" -H 'Accept-Language: en')"
expect_contains "a decimal point" '%</span>' "$(grep -o '<span class="muted">[0-9]*\.[0-9]%</span>' "$T/b" | head -1)"

# The token statuses the survey's use case gives, in the page's words.
expect_eq "tokens, fr" 200 "$(code "/partnership/PCCP/tokens?wave=web" -b "$T/a" -H 'Accept-Language: fr')"
expect_contains "status in French" "<td>pas commencé</td>" "$(cat "$T/b")"
expect_not_contains "not in English" "<td>not started</td>" "$(cat "$T/b")"
expect_eq "tokens, en" 200 "$(code "/partnership/PCCP/tokens?wave=web" -b "$T/a" -H 'Accept-Language: en')"
expect_contains "status in English" "<td>not started</td>" "$(cat "$T/b")"

# The command line speaks English as before.
expect_status 1 "$SYN" user add cora --role viewer --partnership PCCP <<<viewer-pass-01
expect_contains "command line" "user 'cora' already exists" "$ERR"
serve_stop
