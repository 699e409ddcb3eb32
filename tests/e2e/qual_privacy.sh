# Privacy: every command that prints source text (source show, segment list
# --text, search in every format, suggest list, matrix quotes and summaries,
# synthesis, agreement's disagreements, code apply's error) replaces the
# member's real name ("Rosalind Okafor" -> "[031]") and the extra term
# ("Maplewood clinic", any case and spacing -> "[clinic A]") unless the
# global --names is given; with --names the originals appear.
# Offsets by Python (str.index) on tests/data/qual/privacy_chrp_031.txt:
#   "Rosalind Okafor" [83,98), "decisions waited until" [126,148),
#   "Maplewood   clinic" [213,231), "maplewood clinic" [322,338).
. "$E2E_LIB"
D="$TESTDATA/qual"
"$SYN" init >/dev/null
"$SYN" partnership add CHRP --name C >/dev/null
"$SYN" member add CHRP 031 --name "Rosalind Okafor" >/dev/null
"$SYN" redact term add "Maplewood clinic" --as "[clinic A]" >/dev/null
"$SYN" source import "$D/privacy_chrp_031.txt" --partnership CHRP --kind interview --participant 031 >/dev/null
"$SYN" code add governance >/dev/null
"$SYN" code add trust >/dev/null
"$SYN" coder add ana >/dev/null
"$SYN" coder add ben >/dev/null
q(){ "$SYN" code apply --source privacy_chrp_031 --code "$1" --coder "$2" --quote "$3" >/dev/null; }
q governance ana "031: At first Rosalind Okafor chaired every meeting"
q governance ben "decisions waited until she had read everything."
q trust ana "Trust grew when the maplewood clinic shared its waiting-list figures with everyone."
q trust ben "Trust grew"
"$SYN" matrix summarize CHRP governance --text "Rosalind Okafor chaired alone; the Maplewood clinic shared the chair later." >/dev/null
"$SYN" autocode rule add governance --words chaired >/dev/null
"$SYN" autocode rule add trust --phrase "waiting-list figures" >/dev/null
"$SYN" autocode run >/dev/null

# private WHAT CMD...: CMD succeeds and prints neither the name nor the term
# (in any case); with --names it prints both. NAME/TERM say which of the two
# the command's output holds with --names (some show only one).
private(){
  local what=$1 want=$2; shift 2
  expect_status 0 "$SYN" "$@"
  local low; low=$(printf '%s' "$OUT" | tr 'A-Z' 'a-z')
  expect_not_contains "$what: no real name" "okafor" "$low"
  expect_not_contains "$what: no first name" "rosalind" "$low"
  expect_not_contains "$what: no extra term" "maplewood" "$low"
  case $want in *name*) expect_contains "$what: pseudonym" "[031]" "$OUT";; esac
  case $want in *term*) expect_contains "$what: term pseudonym" "[clinic A]" "$OUT";; esac
  expect_status 0 "$SYN" --names "$@"
  case $want in *name*) expect_contains "$what --names: real name" "Okafor" "$OUT";; esac
  case $want in *term*) expect_contains "$what --names: term" "aplewood" "$OUT";; esac
}

private "source show" name,term source show privacy_chrp_031
private "source show --paragraphs" name,term source show privacy_chrp_031 --paragraphs --format json
private "segment list --text" name,term segment list --text --format csv
for f in text csv json; do
  private "search ($f)" name,term search decisions OR trust --format $f
done
private "search for the term itself" term search maplewood
private "suggest list" name,term suggest list
private "suggest list (csv)" name,term suggest list --format csv
private "matrix quotes" name,term matrix --quotes 3 --format csv
private "synthesis (text)" name,term synthesis --quotes 3
private "synthesis (csv)" name,term synthesis --quotes 3 --format csv
private "agreement" name,term agreement --coders ana,ben
private "agreement disagreements" name,term agreement --coders ana,ben --disagreements --format json

# The context window of a hit near a name never shows a piece of it: the
# 40 characters before "decisions" [126,135) start inside "Rosalind".
expect_status 0 "$SYN" search '"decisions waited"' --format csv
expect_eq "name cut by the window shown whole, as its pseudonym" \
'source,partnership,participant,start,end,context
privacy_chrp_031,CHRP,031,126,142,"…[031] chaired every meeting, and [decisions waited] until she had read everything."' "$OUT"
expect_status 0 "$SYN" --names search '"decisions waited"' --format csv
expect_contains "--names: the window as it is" '"…alind Okafor chaired every meeting, and [decisions waited] until' "$OUT"
# A hit inside a term is the pseudonym in brackets.
expect_status 0 "$SYN" search clinic --format csv --context 5
expect_eq "hits inside the term" \
'source,partnership,participant,start,end,context
privacy_chrp_031,CHRP,031,225,231,…[[clinic A]] took…
privacy_chrp_031,CHRP,031,332,338,…[[clinic A]] shar…' "$OUT"

# HTML pages.
"$SYN" matrix --html "$T/m.html" >/dev/null
"$SYN" synthesis --html "$T/s.html" >/dev/null
H=$(tr 'A-Z' 'a-z' <"$T/m.html"; tr 'A-Z' 'a-z' <"$T/s.html")
expect_not_contains "html: no real name" "okafor" "$H"
expect_not_contains "html: no term" "maplewood" "$H"
"$SYN" --names synthesis --html "$T/s2.html" >/dev/null
expect_contains "html --names: real name" "Rosalind Okafor" "$(cat "$T/s2.html")"

# An absent quote's error shows the nearby text pseudonymised.
expect_status 1 "$SYN" code apply --source privacy_chrp_031 --code trust --coder ana --quote "At first Rosalind Okafor chaired every session"
expect_contains "error names the place" "privacy_chrp_031:2:6" "$ERR"
expect_not_contains "error: no real name" "Okafor" "$ERR"
echo "qual_privacy: ok"
