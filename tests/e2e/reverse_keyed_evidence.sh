#!/usr/bin/env bash
# reverse_keyed_evidence: an item mean given as evidence of a weak
# determinant says when the item is reverse-keyed, in English and French.
# The mean is keyed (min+max-answer), so "mean 1.00" beside "Disagreements
# among members stay unresolved" must not read as if members disagreed:
# the line says the item is reverse-keyed, gives the answers as given
# (5.00 on 1 to 5 here) and which direction is better. Study: partnerships
# A and B, one wave, 8 members each answering 4 to every psf item except
# A's members, who answer 5 ("strongly agree") to every conflict item
# (co1..co3, all reverse-keyed): A's conflict score is 1.00, in the
# concern band and 3 points below B's 4.00, so low_determinant lists its
# conflict items; items that are not reversed keep "mean N: label".
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" --format csv instrument show psf >"$T/items.csv"
for p in A B; do
  "$SYN" partnership add $p --name "Partnership $p" >/dev/null
  "$SYN" wave add $p baseline --opens 2018-01-01 >/dev/null
done
python3 - "$T/items.csv" >"$T/answers.csv" <<'PY'
import csv, sys
items = list(csv.DictReader(open(sys.argv[1])))
print("respondent,partnership,wave," + ",".join(i["item"] for i in items))
for p in "AB":
    for k in range(8):
        vals = []
        for i in items:
            lo, hi = int(i["min"]), int(i["max"])
            if hi - lo < 2: vals.append(str(lo)); continue
            conflict = "conflict" in i["scales"].split()
            vals.append("5" if p == "A" and conflict else "4")
        print("%s%02d,%s,baseline,%s" % (p, k, p, ",".join(vals)))
PY
"$SYN" response import "$T/answers.csv" --instrument psf >/dev/null
"$SYN" report A --out "$T/en.html" >/dev/null
"$SYN" report A --out "$T/fr.html" --lang fr >/dev/null
en=$(grep -o '<li>item co1[^<]*</li>' "$T/en.html")
expect_contains "co1 in English" "mean 1.00, reverse-keyed (the answers average 5.00 on 1 to 5: for this statement a lower answer is better" "$en"
expect_contains "co1's wording" "Disagreements among members stay unresolved" "$en"
fr=$(grep -o '<li>item co1[^<]*</li>' "$T/fr.html")
expect_contains "co1 in French" "moyenne 1,00, item inversé (les réponses valent en moyenne 5,00 sur 1 à 5" "$fr"
# a forward item (tr1, when listed) keeps the short form
"$SYN" --format json diagnose A >"$T/d.json"
python3 - "$T/d.json" "$T/items.csv" <<'PY'
import csv, json, sys
rev = {r["item"] for r in csv.DictReader(open(sys.argv[2])) if r["reverse"] == "yes"}
n = 0
for f in json.load(open(sys.argv[1])):
    for e in f.get("evidence", []):
        if e["type"] != "item": continue
        n += 1
        said = "reverse-keyed" in e["text"]
        assert said == (e["ref"] in rev), e
assert n > 0, "no item evidence"
print("item evidence checked:", n)
PY
echo ok
