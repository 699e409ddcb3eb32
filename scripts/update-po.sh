#!/usr/bin/env bash
# update-po.sh: extracts every message marked with _(), N_(), C_()/NC_() (with
# a context) or ngettext() (singular and plural) from src/ into
# po/synergist.pot (xgettext), adds the code names and descriptions of the
# built-in codebook data/codebook.json in the context "codebook" (shown
# translated by codebook_word()), and merges it into each po/LANG.po
# (msgmerge), keeping existing translations. Run after changing report or message texts.
# Usage: scripts/update-po.sh
set -euo pipefail
cd "$(dirname "$0")/.."
find src -name '*.c' | LC_ALL=C sort > po/.files
xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=ngettext:1,2 --add-comments=TRANSLATORS \
  --package-name=synergist --msgid-bugs-address=none --sort-by-file \
  --files-from=po/.files -o po/synergist.pot
rm -f po/.files
jq -r '[.. | objects | select(has("name")) | .name, .description | select(. != null)] | unique | .[]
       | "#: data/codebook.json\nmsgctxt \"codebook\"\nmsgid \(tojson)\nmsgstr \"\"\n"' \
  data/codebook.json > po/.codebook.pot
msgcat --use-first po/synergist.pot po/.codebook.pot -o po/synergist.pot
rm -f po/.codebook.pot
for po in po/*.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching "$po" po/synergist.pot
done
