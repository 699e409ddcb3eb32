#!/usr/bin/env bash
# survey.sh: benchmark of survey import and scoring at national scale
# (1,000 partnerships x 10 waves x 30 respondents x 60 items = 18 million
# answers), against R psych (per-group alpha, on a subset of groups since
# it is slow) and pandas, per answer scored. Not part of the test suite.
# Usage: bench/survey.sh [BUILD_DIR] [P W R]
# Needs: /usr/bin/time, Rscript with psych, /usr/bin/python3 with pandas
# and scipy (scripts/install-deps.sh bench).
#
# The last line, "bench survey: ...", holds:
#   import_answers_per_s      answers imported per second (response import, wall clock)
#   score_answers_per_s       answers scored per second by the whole score command
#                             (wall clock of the process: opening and reading the
#                             study, computing, writing the CSV)
#   peak_rss_mib              the larger peak resident memory of import and score
#   ratio_vs_R                score_answers_per_s over R psych's answers per second,
#                             R timed on its computation only (after read.csv)
#   ratio_vs_pandas           score_answers_per_s over pandas' answers per second,
#                             pandas timed on its computation only (after read_csv):
#                             the headline, synergist's whole command against
#                             pandas' statistics alone
#   ratio_vs_pandas_compute   the same with synergist's computation only
#                             (compute_s of SYNERGIST_TIMING=1: scale scores and
#                             statistics, without reading the study or writing)
# pandas computes the same statistics as the score command (n, mean, SD, CI,
# alpha, standardized alpha, rwg(j), band, the pooled "all" rows) and checks
# a sample of its rows against synergist's CSV, warning on stderr if they
# differ; R psych computes per-group scores and alpha only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
syn="$build/synergist"
P=${2:-1000}; W=${3:-10}; R=${4:-30}
G=${RGROUPS:-200}                      # groups R psych scores
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export SYNERGIST_STUDY="$work/bench.db"
answers=$((P*W*R*60))

echo "generating $P x $W x $R x 60 = $answers answers..." >&2
/usr/bin/python3 "$here/survey_gen.py" "$work" "$P" "$W" "$R"
"$syn" init >/dev/null
while read -r c; do "$syn" partnership add "$c" --name "$c" >/dev/null; done < "$work/partnerships.txt"
"$syn" wave import "$work/waves.csv" >/dev/null
"$syn" instrument import "$work/bench.json" >/dev/null

secs(){ awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$1"; }
rss(){ awk -F': ' '/Maximum resident set size/{print $2}' "$1"; }

/usr/bin/time -v "$syn" response import "$work/answers.csv" --instrument bench >/dev/null 2>"$work/imp.time"
SYNERGIST_TIMING=1 /usr/bin/time -v "$syn" score --instrument bench --format csv >"$work/scores.csv" 2>"$work/score.time"
t_imp=$(secs "$work/imp.time"); t_score=$(secs "$work/score.time")
cpu_score=$(awk -F': ' '/User time|System time/{s+=$2} END{print s}' "$work/score.time")
t_compute=$(sed -n 's/^timing:.* compute_s=\([0-9.]*\).*/\1/p' "$work/score.time")
rss_kb=$(( $(rss "$work/imp.time") > $(rss "$work/score.time") ? $(rss "$work/imp.time") : $(rss "$work/score.time") ))
echo "import: ${t_imp}s, score: ${t_score}s, user+sys ${cpu_score}s ($(($(wc -l < "$work/scores.csv")-1)) rows), peak RSS ${rss_kb} KiB" >&2
grep '^timing:' "$work/score.time" >&2

read -r t_pd n_pd < <(/usr/bin/python3 "$here/survey_pandas.py" "$work" "$work/scores.csv")
read -r t_r n_r < <(Rscript "$here/survey_psych.R" "$work" "$G")
echo "pandas: ${t_pd}s for all $answers answers; R psych: ${t_r}s for $n_r answers ($G groups)" >&2

awk -v a="$answers" -v ti="$t_imp" -v ts="$t_score" -v tc="$t_compute" -v kb="$rss_kb" -v tr="$t_r" -v nr="$n_r" -v tp="$t_pd" 'BEGIN{
  ours = a/ts; r = nr/tr; pd = a/tp;
  printf "bench survey: import_answers_per_s=%.0f score_answers_per_s=%.0f peak_rss_mib=%.1f ratio_vs_R=%.1f ratio_vs_pandas=%.1f ratio_vs_pandas_compute=%.1f\n",
    a/ti, ours, kb/1024, ours/r, ours/pd, (a/tc)/pd }'
