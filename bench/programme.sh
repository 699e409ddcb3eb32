#!/usr/bin/env bash
# programme.sh: benchmark of the programme-wide commands as a programme
# grows: for each size (default 100, 1,000 and 3,000 partnerships) x 10
# yearly waves x 30 members on the built-in psf instrument, with rosters
# and a year of monthly meetings per wave (bench/programme_gen.py, imported
# with synergist's own import commands), times score, diagnose,
# portfolio, the report of one partnership and report --programme, and
# fits the growth exponent of each between sizes (least squares of
# log time on log size). The peer is score on the same study: diagnose
# reads the same scores and adds the rules. Not part of the test suite.
# Usage: bench/programme.sh [BUILD_DIR] [SIZES...]
#   SIZES default "100 1000 3000", or the environment's SIZES (e.g.
#   SIZES="100 1000" to leave out the largest); WAVES and MEMBERS (default
#   10 and 30) in the environment. KEEP=DIR keeps each generated study as
#   DIR/p<SIZE>x<WAVES>x<MEMBERS>.db and later runs time a copy of it
#   instead of generating it again (delete the file after changing the
#   generator or the study schema).
# Needs: /usr/bin/time, /usr/bin/python3 (standard library only).
#
# The last line, "bench programme: ...", holds:
#   diagnose_s_1000     wall-clock seconds of diagnose at 1,000 partnerships
#                       (at the largest size run below 1,000 when 1,000 is not run)
#   exponent            growth exponent of diagnose fitted over every size run
#   exponent_max        the largest growth exponent of the timed commands
#   report_one_s_1000   seconds of the report of one partnership at 1,000
#   report_prog_s_1000  seconds of report --programme at 1,000
#   portfolio_s_1000    seconds of portfolio at 1,000
#   peak_rss_mib        the largest peak resident memory of the timed commands
#                       at any size
#   diagnose_cpu_s_1000, report_one_cpu_s_1000
#                       the same runs' CPU seconds (user + system): on a
#                       shared machine wall-clock time includes waiting for
#                       a core, CPU time does not (load_avg says how busy the
#                       machine was: the 1-minute load average at the end)
#   each_s_1000         seconds of report --each (every partnership's page
#                       and the overview) at 1,000
#   ratio_vs_score      diagnose's time over score's at 1,000 (goal: under 4)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
shift || true
syn="$build/synergist"
sizes=${*:-${SIZES:-100 1000 3000}}
W=${WAVES:-10}; R=${MEMBERS:-30}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export SYNERGIST_TODAY=2020-06-30

secs(){ awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$1"; }
rss(){ awk -F': ' '/Maximum resident set size/{print $2}' "$1"; }
cpu(){ awk -F': ' '/User time|System time/{s+=$2} END{printf "%.2f", s}' "$1"; }

"$syn" --study "$work/items.db" init >/dev/null
"$syn" --study "$work/items.db" --format csv instrument show psf >"$work/items.csv"

results="$work/results.txt"; : >"$results"
for P in $sizes; do
  d="$work/p$P"; db="$d/study.db"
  kept=${KEEP:+$KEEP/p${P}x${W}x${R}.db}
  if [ -n "$kept" ] && [ -f "$kept" ]; then
    mkdir -p "$d"; cp "$kept" "$db"
    echo "$P partnerships: a copy of $kept" >&2
  else
    echo "generating $P partnerships x $W waves x $R members..." >&2
    t0=$(date +%s.%N)
    /usr/bin/python3 "$here/programme_gen.py" "$d" "$work/items.csv" "$P" "$W" "$R"
    "$syn" --study "$db" init >/dev/null
    "$syn" --study "$db" partnership import "$d/partnerships.csv" >/dev/null
    "$syn" --study "$db" member import "$d/members.csv" >/dev/null
    "$syn" --study "$db" wave import "$d/waves.csv" >/dev/null
    "$syn" --study "$db" meeting import "$d/meetings.csv" >/dev/null
    "$syn" --study "$db" response import "$d/answers.csv" --instrument psf >/dev/null
    t1=$(date +%s.%N)
    echo "  generated and imported in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.0f", b-a}') s ($(du -m "$db" | cut -f1) MiB)" >&2
    rm -f "$d"/*.csv
    if [ -n "$kept" ]; then mkdir -p "$KEEP"; cp "$db" "$kept"; fi
  fi
  one=$(printf 'P%04d' $((P/2)))
  run(){ # NAME ARGS...: time one command
    local name=$1; shift
    if /usr/bin/time -v "$syn" --study "$db" "$@" >"$d/$name.out" 2>"$d/$name.time"; then
      echo "$P $name $(secs "$d/$name.time") $(rss "$d/$name.time") $(cpu "$d/$name.time")" >>"$results"
      printf '  %-16s %8.2f s (cpu %6.2f s)  %7.1f MiB\n' "$name" "$(secs "$d/$name.time")" "$(cpu "$d/$name.time")" \
        "$(awk -v k="$(rss "$d/$name.time")" 'BEGIN{print k/1024}')" >&2
    else
      echo "  $name failed: $(grep -v '^\s' "$d/$name.time" | head -3)" >&2
    fi
  }
  run score --format csv score --instrument psf
  run diagnose --format csv diagnose
  run portfolio portfolio
  run report_one report "$one" --out "$d/one.html"
  run report_prog report --programme --out "$d/programme.html"
  run each report --each "$d/each"
  rm -rf "$d"/*.out "$d"/*.html "$d/each"
done

echo "--- seconds (and exponent between consecutive sizes) ---" >&2
awk '
  { t[$2,$1] = $3; u[$2,$1] = $5; if(!($1 in seen)){ seen[$1]=1; s[++ns]=$1 } if(!($2 in cs)){ cs[$2]=1; c[++nc]=$2 } if($4>rss) rss=$4 }
  function fit(name,   i, n, sx, sy, sxx, sxy, x, y){
    n = 0; sx = sy = sxx = sxy = 0
    for(i=1; i<=ns; i++) if( (name, s[i]) in t && t[name, s[i]]>0 ){
      x = log(s[i]); y = log(t[name, s[i]]); n++; sx += x; sy += y; sxx += x*x; sxy += x*y }
    return n>1 ? (n*sxy - sx*sy)/(n*sxx - sx*sx) : 0
  }
  function at(name,   i, best){
    best = ""
    for(i=1; i<=ns; i++) if( s[i]<=1000 && (name, s[i]) in t ) best = t[name, s[i]]
    return best=="" ? 0 : best
  }
  function cpu_at(name,   i, best){
    best = ""
    for(i=1; i<=ns; i++) if( s[i]<=1000 && (name, s[i]) in u ) best = u[name, s[i]]
    return best=="" ? 0 : best
  }
  END{
    emax = 0
    for(k=1; k<=nc; k++){
      line = sprintf("%-12s", c[k])
      for(i=1; i<=ns; i++){
        line = line sprintf("  %s=%s", s[i], ((c[k], s[i]) in t) ? t[c[k], s[i]] : "-")
        if( i>1 && (c[k], s[i]) in t && (c[k], s[i-1]) in t && t[c[k], s[i-1]]>0 && t[c[k], s[i]]>0 )
          line = line sprintf(" (x^%.2f)", log(t[c[k], s[i]]/t[c[k], s[i-1]])/log(s[i]/s[i-1]))
      }
      e = fit(c[k]); if( c[k]!="score" && e>emax ) emax = e
      print line sprintf("  fitted exponent %.2f", e) > "/dev/stderr"
    }
    d = at("diagnose"); sc = at("score")
    getline la < "/proc/loadavg"; split(la, lav, " ")
    printf "bench programme: diagnose_s_1000=%.2f exponent=%.2f exponent_max=%.2f report_one_s_1000=%.2f report_prog_s_1000=%.2f portfolio_s_1000=%.2f each_s_1000=%.2f peak_rss_mib=%.1f diagnose_cpu_s_1000=%.2f report_one_cpu_s_1000=%.2f load_avg=%s ratio_vs_score=%.2f\n",
      d, fit("diagnose"), emax, at("report_one"), at("report_prog"), at("portfolio"), at("each"), rss/1024,
      cpu_at("diagnose"), cpu_at("report_one"), lav[1], (sc>0 ? d/sc : 0)
  }' "$results"
