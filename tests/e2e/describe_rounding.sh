# Percent is rounded half up (1 of 8 = 12.5 -> 13, 3 of 8 = 37.5 -> 38) and
# missing values are counted as "(missing)".
. "$E2E_LIB"
"$SYN" init >/dev/null
"$SYN" partnership add A --name A >/dev/null
for i in 1 2 3 4 5 6 7 8; do
  case $i in 1) a="--attr colour=red";; 2|3|4) a="--attr colour=blue";; 8) a="";; *) a="--attr colour=green";; esac
  "$SYN" member add A 00$i $a >/dev/null
done
expect_status 0 "$SYN" describe colour --format csv
expect_eq "half up" 'attribute,value,partnership,n,of,percent
colour,blue,A,3,8,38
colour,blue,all,3,8,38
colour,green,A,3,8,38
colour,green,all,3,8,38
colour,red,A,1,8,13
colour,red,all,1,8,13
colour,(missing),A,1,8,13
colour,(missing),all,1,8,13' "$OUT"
echo "describe_rounding: ok"
