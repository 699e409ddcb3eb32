# serve_coding.sh: the coding workspace of `synergist serve` over HTTP
# (curl): who sees transcripts (a viewer never: 403; a coder only those of
# their partnerships); every change refused without its CSRF token and
# nothing changed; coding a selection sent as UTF-16 positions lands on
# the code points of the stored text (an emoji before it, an accent and a
# combining mark in it: expected positions counted by Python); duplicate
# 409; recode, remove, undo and redo through the audit trail (audited under
# the signed-in coder); memos; codebook add (coder) and rename (evaluator
# only); search with code-a-hit (at most 300 hits listed); suggestions accepted in bulk; matrix
# summary edited in place; agreement for evaluators only; names and texts
# holding <script> shown as text. A long source comes in parts of about
# 40,000 characters: the part of a position, a part alone (for the script),
# the whole text; a viewer gets none (403).
. "$E2E_LIB"
"$SYN" demo >/dev/null
adduser(){ printf '%s\n' "$2" | "$SYN" user add "$1" "${@:3}" >/dev/null; }
adduser cora coder-pass-01 --role coder --partnership PCCP
adduser chris coder-pass-02 --role coder --partnership CHRP
adduser evan evaluator-pass --role evaluator --partnership PCCP
adduser vic viewer-pass-01 --role viewer --partnership PCCP
printf 'Entretien <script>alert(1)</script>\nIntervieweuse : Comment ça se passe ?\n011 : On se fait 😀 confiance, c\xcc\xa7a marche.\n' > "$T/fr.txt"
"$SYN" source import "$T/fr.txt" --partnership PCCP --kind interview --participant 011 --language fr --name fr1 >/dev/null
"$SYN" code add '<b>bold<script>' --description '<script>alert(2)</script>' >/dev/null
serve_start
code(){ local u=$1; shift; curl -s -o "$T/b" -D "$T/h" -w '%{http_code}' "$@" "$BASE$u"; }
segs(){ "$SYN" segment list --source fr1 --names --format csv | tail -n +2; }

expect_eq "not signed in: to sign-in" 303 "$(code /w/source?s=fr1)"
for who in "c cora coder-pass-01" "x chris coder-pass-02" "e evan evaluator-pass" "v vic viewer-pass-01"; do
  set -- $who
  expect_eq "sign in $2" 303 "$(serve_signin "$1" "$2" "$3")"
done
CC=$(csrf_of c); CX=$(csrf_of x); CE=$(csrf_of e)

# Viewers never see a transcript; coders only their partnerships'.
for u in "/w/source?s=fr1" /w/sources "/w/segment?id=1" "/w/search?q=confiance" "/w/quotes?code=1&row=PCCP" /w/matrix; do
  expect_eq "viewer: $u" 403 "$(code "$u" -b "$T/v")"
done
expect_eq "coder of another partnership" 403 "$(code "/w/source?s=fr1" -b "$T/x")"
expect_eq "no such source" 404 "$(code "/w/source?s=nope" -b "$T/c")"
expect_eq "coder's source view" 200 "$(code "/w/source?s=fr1" -b "$T/c")"
expect_contains "text escaped" "Entretien &lt;script&gt;alert(1)&lt;/script&gt;" "$(cat "$T/b")"
expect_not_contains "no script from the text" "<script>alert" "$(cat "$T/b")"
expect_contains "script served from the binary" '<script src="/w/coding.js" defer></script>' "$(cat "$T/b")"
expect_contains "CSP" "Content-Security-Policy: default-src 'self'" "$(cat "$T/h")"
# A link's highlighted span (hl=A-B, code points) is marked; one that is
# empty, reversed, past the text, too long for 64 bits or not two plain
# numbers is ignored (it was read with sscanf).
expect_eq "highlighted span" 200 "$(code "/w/source?s=fr1&hl=0-9" -b "$T/c")"
expect_contains "marked" 'id="hit"' "$(cat "$T/b")"
for hl in 3-3 9-2 0-999999 1-99999999999999999999 1-4x %201-4 -1-4 1--4; do
  expect_eq "span $hl" 200 "$(code "/w/source?s=fr1&hl=$hl" -b "$T/c")"
  expect_not_contains "span $hl not marked" 'id="hit"' "$(cat "$T/b")"
done
expect_eq "the script" 200 "$(code /w/coding.js -b "$T/c")"
expect_contains "its type" "Content-Type: text/javascript" "$(cat "$T/h")"

# The third paragraph starts at code point P; the browser's selection "confiance, ça"
# starts U units after it (the emoji counts two units) and ends V units after it.
read -r P U V A B <<<"$(python3 -c "
t=open('$T/fr.txt',encoding='utf-8').read()
import unicodedata; t=unicodedata.normalize('NFC',t)
p=t.index('011 :'); a=t.index('confiance'); b=t.index('marche')-1
u=lambda s: len(s.encode('utf-16-le'))//2
print(p, u(t[p:a]), u(t[p:b]), a, b)")"
BEFORE=$(segs)
SEL="s=fr1&code=trust&p1=$P&u1=$U&p2=$P&u2=$V"
expect_eq "code without csrf" 403 "$(code /w/code -b "$T/c" -d "$SEL")"
expect_eq "code with another session's csrf" 403 "$(code /w/code -b "$T/c" -d "$SEL&csrf=$CE")"
expect_eq "code by a viewer" 403 "$(code /w/code -b "$T/v" -d "$SEL&csrf=$CC")"
expect_eq "code by a coder of another partnership" 403 "$(code /w/code -b "$T/x" -d "$SEL&csrf=$CX")"
expect_eq "nothing coded by refused requests" "$BEFORE" "$(segs)"
expect_eq "code the selection" 303 "$(code /w/code -b "$T/c" -d "$SEL&csrf=$CC")"
expect_contains "back to the segment, in the part of its start" "Location: /w/source?s=fr1&at=$A#g" "$(cat "$T/h")"
ROW=$(segs | grep ',cora,')
expect_contains "code points of the stored text" ",cora,$A,$B,\"confiance, ça\"" "$ROW"
ID=${ROW%%,*}
expect_eq "the same again" 409 "$(code /w/code -b "$T/c" -d "$SEL&csrf=$CC")"
expect_eq "an empty selection" 400 "$(code /w/code -b "$T/c" -d "s=fr1&code=trust&start=5&end=5&csrf=$CC")"
expect_eq "stripe and label in the view" 200 "$(code "/w/source?s=fr1" -b "$T/c")"
expect_contains "label" "id=\"g$ID\" href=\"/w/segment?id=$ID\"" "$(cat "$T/b")"
expect_contains "shaded passage" "data-s=\"$ID\">confiance, ça</span>" "$(cat "$T/b")"

# Recode, memo, remove, undo, redo.
expect_eq "recode by a coder of another partnership" 403 "$(code /w/segment/recode -b "$T/x" -d "id=$ID&code=conflict&csrf=$CX")"
expect_eq "recode" 303 "$(code /w/segment/recode -b "$T/c" -d "id=$ID&code=operational%2Fleadership&csrf=$CC")"
expect_contains "recoded" "operational/leadership,cora,$A,$B" "$(segs | grep ',cora,')"
expect_eq "memo" 303 "$(code /w/memo -b "$T/c" -d "kind=segment&target=$ID&text=moment+clé&csrf=$CC")"
expect_contains "memo stored" "moment clé" "$("$SYN" memo list --segment "$ID" --format csv)"
expect_eq "source memo" 303 "$(code /w/memo -b "$T/c" -d "kind=source&target=fr1&text=<i>relire</i>&csrf=$CC")"
expect_eq "segment page" 200 "$(code "/w/segment?id=$ID" -b "$T/c")"
expect_contains "memo shown" "moment clé" "$(cat "$T/b")"
expect_eq "remove" 303 "$(code /w/segment/remove -b "$T/c" -d "id=$ID&csrf=$CC")"
expect_eq "removed" "" "$(segs | grep ',cora,' || true)"
expect_eq "undo" 303 "$(code /w/undo -b "$T/c" -d "csrf=$CC&back=/w/sources")"
expect_contains "undo codes it again" "operational/leadership,cora,$A,$B" "$(segs | grep ',cora,')"
NEWID=$(segs | grep ',cora,' | cut -d, -f1)
expect_contains "undo gives the segment its memo back" "moment clé" "$("$SYN" memo list --segment "$NEWID" --format csv)"
expect_eq "redo" 303 "$(code /w/redo -b "$T/c" -d "csrf=$CC&back=/w/sources")"
expect_eq "redo removes it again" "" "$(segs | grep ',cora,' || true)"
expect_eq "nothing more to redo" 404 "$(code /w/redo -b "$T/c" -d "csrf=$CC&back=/w/sources")"
expect_contains "said so" "Rien à rétablir." "$(code /w/redo -H 'Accept-Language: fr' -b "$T/c" -d "csrf=$CC" >/dev/null; cat "$T/b")"
AUDIT=$("$SYN" audit --action segment --names --format csv)
expect_contains "audited under the coder" ",cora,segment recode," "$AUDIT"
expect_contains "undo in the trail" "undo " "$AUDIT"

# Codebook: a coder adds, only an evaluator renames; names shown as text.
expect_eq "codebook" 200 "$(code /w/codebook -b "$T/c")"
expect_contains "code name escaped" "&lt;b&gt;bold&lt;script&gt;" "$(cat "$T/b")"
expect_not_contains "no script from a definition" "<script>alert(2)" "$(cat "$T/b")"
expect_eq "coder adds a code" 303 "$(code /w/codebook -b "$T/c" -d "op=add&name=d%C3%A9lais&parent=external+environment&csrf=$CC")"
expect_contains "added" "external environment/délais" "$("$SYN" code list --format csv)"
expect_eq "coder may not rename" 403 "$(code /w/codebook -b "$T/c" -d "op=rename&code=d%C3%A9lais&name=x&csrf=$CC")"
expect_eq "evaluator renames" 303 "$(code /w/codebook -b "$T/e" -d "op=rename&code=d%C3%A9lais&name=retards&csrf=$CE")"
expect_eq "a bad name lists every problem" 400 "$(code /w/codebook -b "$T/e" -d "op=rename&code=&name=a/b&csrf=$CE")"
expect_contains "first problem" "code: which code?" "$(cat "$T/b")"
expect_contains "second problem" "cannot contain" "$(cat "$T/b")"

# Search and code a hit in one click.
expect_eq "search" 200 "$(code "/w/search?q=confiance&p=PCCP&c=trust" -b "$T/c")"
expect_contains "hit in context" "[confiance]" "$(cat "$T/b")"
N0=$("$SYN" segment list --coder cora --format csv | tail -n +2 | wc -l)
FORM=$(grep -o 'name="s" value="fr1"><input type="hidden" name="start" value="[0-9]*"><input type="hidden" name="end" value="[0-9]*"' "$T/b" | sed -n 1p)
HS=$(sed 's/.*name="start" value="\([0-9]*\)".*/\1/' <<<"$FORM"); HE=$(sed 's/.*name="end" value="\([0-9]*\)".*/\1/' <<<"$FORM")
expect_eq "code a hit" 303 "$(code /w/code -b "$T/c" -d "s=fr1&start=$HS&end=$HE&code=trust&back=/w/search%3Fq%3Dconfiance&csrf=$CC")"
expect_contains "back to the search" "Location: /w/search?q=confiance" "$(cat "$T/h")"
expect_eq "one more segment" $((N0 + 1)) "$("$SYN" segment list --coder cora --format csv | tail -n +2 | wc -l)"
# A word repeated in a paragraph: the first 300 hits are listed, and the page says so.
python3 -c "print(' '.join(['zorglub'] * 700))" > "$T/rep.txt"
"$SYN" source import "$T/rep.txt" --partnership PCCP --kind interview --participant 011 --language fr --name rep1 >/dev/null
expect_eq "many hits" 200 "$(code "/w/search?q=zorglub&p=PCCP" -b "$T/c")"
expect_eq "hits listed" 300 "$(grep -c '^<li><p><a href="/w/source?s=rep1' "$T/b")"
expect_contains "the cut said" "Only the first 300 hits are shown: make the query narrower." "$(cat "$T/b")"

# Suggestions accepted in bulk.
"$SYN" autocode rule add communication --words "passe marche" --scope hit >/dev/null
"$SYN" autocode run --source fr1 >/dev/null
IDS=$("$SYN" suggest list --source fr1 --format csv | tail -n +2 | cut -d, -f1)
expect_eq "two suggestions" 2 "$(wc -w <<<"$IDS")"
expect_eq "view shows them" 200 "$(code "/w/source?s=fr1" -b "$T/c")"
expect_contains "dashed suggestion" 'class="g sg"' "$(cat "$T/b")"
expect_eq "accept both" 303 "$(code /w/suggestions -b "$T/c" -d "do=accept&$(printf 'id=%s&' $IDS)csrf=$CC")"
expect_eq "none pending" "" "$("$SYN" suggest list --source fr1 --format csv | tail -n +2)"
expect_eq "accepted by cora" 2 "$("$SYN" segment list --source fr1 --coder cora --code communication --format csv | tail -n +2 | wc -l)"

# Matrix summary in place (evaluators only) and agreement (evaluators only).
expect_eq "matrix" 200 "$(code /w/matrix -b "$T/c")"
expect_eq "coder may not edit a summary" 403 "$(code /w/summary -b "$T/c" -d "rows=partnership&row=PCCP&code=trust&text=x&csrf=$CC")"
expect_eq "evaluator edits a summary" 303 "$(code /w/summary -b "$T/e" -d "rows=partnership&row=PCCP&code=trust&text=La+confiance+grandit&csrf=$CE")"
expect_eq "matrix again" 200 "$(code /w/matrix -b "$T/e")"
expect_contains "summary shown" "La confiance grandit" "$(cat "$T/b")"
expect_eq "coder: no agreement page" 403 "$(code "/w/agreement?a=ana&b=ben" -b "$T/c")"
expect_eq "agreement" 200 "$(code "/w/agreement?a=ana&b=ben" -b "$T/e")"
KAPPA=$("$SYN" agreement --coders ana,ben --format csv | grep '^all,' | cut -d, -f3)
expect_contains "the command's pooled kappa" "<th scope=\"row\">all</th><td>$("$SYN" agreement --coders ana,ben --format csv | grep '^all,' | cut -d, -f2)</td><td>$KAPPA</td>" "$(cat "$T/b")"

# A long source in parts: 100,000 characters make three.
python3 -c "
import random; r=random.Random(3); w='confiance réunion équipe décision 😀 santé'.split()
print('\n'.join('P%d : '%i + ' '.join(r.choice(w) for _ in range(90)) + '.' for i in range(180)))" > "$T/long.txt"
"$SYN" source import "$T/long.txt" --partnership PCCP --kind interview --language fr --name long >/dev/null
expect_eq "long source view" 200 "$(code "/w/source?s=long" -b "$T/c")"
NP=$(grep -o 'data-parts="[0-9]*"' "$T/b" | cut -d'"' -f2)
expect_eq "in parts" 3 "$NP"
expect_contains "the first part" '<div class="part" data-part="0">' "$(cat "$T/b")"
expect_not_contains "only the first" 'data-part="1"' "$(cat "$T/b")"
expect_contains "a link to the next" 'href="/w/source?s=long&amp;part=1"' "$(cat "$T/b")"
expect_eq "the part of code point 90000" 200 "$(code "/w/source?s=long&at=90000" -b "$T/c")"
expect_contains "is the third" '<div class="part" data-part="2">' "$(cat "$T/b")"
FIRST=$(grep -o 'data-cp="[0-9]*"' "$T/b" | sed -n 1p | cut -d'"' -f2)
expect_eq "which starts before it" 1 "$([ "$FIRST" -le 90000 ] && [ "$FIRST" -gt 40000 ] && echo 1)"
expect_eq "a part alone" 200 "$(code "/w/source/part?s=long&part=1" -b "$T/c")"
expect_contains "as a fragment" '<div class="part" data-part="1">' "$(head -c 40 "$T/b")"
expect_not_contains "without the page" '<html' "$(cat "$T/b")"
expect_eq "the whole text" 200 "$(code "/w/source?s=long&part=all" -b "$T/c")"
expect_eq "every part" 3 "$(grep -o '<div class="part" data-part="[0-9]*">' "$T/b" | wc -l)"
expect_eq "viewer: no part" 403 "$(code "/w/source/part?s=long&part=1" -b "$T/v")"
expect_eq "coder of another partnership: no part" 403 "$(code "/w/source/part?s=long&part=1" -b "$T/x")"
serve_stop
