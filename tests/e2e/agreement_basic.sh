# Inter-coder agreement on one 100-character source (accented, so code
# points differ from bytes). Codes t (parent), t/x, t/y, t/z:
#   x: ana [0,50), ben [25,75)  -> 50% agreement, kappa 0, alpha 0.005
#   y: ana [0,50), ben nothing  -> 50%, kappa 0, alpha -0.3267 (one coder only)
#   t, z: neither coder         -> 100%, kappa 1, alpha 1 (NVivo's convention)
#   all (pooled 400 characters) -> 75%, kappa 0.2, alpha 0.1805
# Expected values: tests/data/qual/agreement_reference.R (psych::cohen.kappa,
# alpha from the coincidence matrix) and by hand (see src/analysis/agreement.h).
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add PCCP --name P >/dev/null
"$SYN" source import "$TESTDATA/qual/agr100.txt" --partnership PCCP --kind document --language fr >/dev/null
expect_status 0 "$SYN" source list --format csv
expect_contains "the source has 100 code points" ",100," "$OUT"
"$SYN" code add t >/dev/null
for c in x y z; do "$SYN" code add $c --parent t >/dev/null; done
"$SYN" coder add ana >/dev/null
"$SYN" coder add ben >/dev/null
"$SYN" coder add cy >/dev/null
apply(){ "$SYN" code apply --source agr100 --code "$1" --coder "$2" --start "$3" --end "$4" >/dev/null; }
apply t/x ana 0 50
apply t/x ben 25 75
apply t/y ana 0 50

expect_status 0 "$SYN" agreement --coders ana,ben --codes t --format csv
expect_eq "per code and pooled" "code,agreement,kappa,krippendorff_alpha
t,100.00,1.0000,1.0000
t/x,50.00,0.0000,0.0050
t/y,50.00,0.0000,-0.3267
t/z,100.00,1.0000,1.0000
all,75.00,0.2000,0.1805" "$OUT"

# Without --codes only the codes either coder used are listed.
expect_status 0 "$SYN" agreement --coders ana,ben --format csv
expect_eq "used codes only" "code,agreement,kappa,krippendorff_alpha
t/x,50.00,0.0000,0.0050
t/y,50.00,0.0000,-0.3267
all,50.00,0.0000,-0.0640" "$OUT"
# (pooled x and y: both 25, ana only 75, ben only 25, neither 75 of 200:
#  po 0.5, pe (0.5*0.25 + 0.5*0.75) = 0.5 -> kappa 0; alpha 1 - 399*100/(250*150) = -0.064,
#  as agreement_reference.R prints for "pooled x,y")

# Text output ends with the disagreeing spans to discuss.
expect_status 0 "$SYN" agreement --coders ana,ben
expect_contains "summary line" "1 source coded by both; 3 disagreeing spans." "$OUT"
expect_status 0 "$SYN" agreement --coders ana,ben --disagreements --format csv
# (texts: Python slices of the file, white space at the ends trimmed)
expect_eq "disagreements" 'source,code,start,end,coded_by,text
agr100,t/x,0,25,ana,Équipe réunie: décisions
agr100,t/x,50,75,ben,ue. Équipe réunie: décisi
agr100,t/y,0,50,ana,"Équipe réunie: décisions partagées, confiance accr"' "$OUT"

# Bad input: unknown coder, same coder twice, missing --coders, no shared source.
expect_status 1 "$SYN" agreement --coders ana,zed
expect_contains "unknown coder named" "zed" "$ERR"
expect_status 2 "$SYN" agreement --coders ana,ana
expect_status 2 "$SYN" agreement --coders ana
expect_status 2 "$SYN" agreement
expect_status 1 "$SYN" agreement --coders ana,cy
expect_contains "no shared source" "no source in common" "$ERR"
expect_status 1 "$SYN" agreement --coders ana,ben --codes nosuch
echo "agreement_basic: ok"
