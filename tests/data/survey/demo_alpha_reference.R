# demo_alpha_reference.R: the pooled Cronbach alphas (R psych::alpha
# raw_alpha; KR-20 for the 0/1 checklists) of every scale and wave of the
# demo's answers, the reference of tests/e2e/survey_demo.sh.
# Usage (from the repository root, after `synergist --study demo.syn demo`):
#   python3 tests/data/survey/demo_answers.py demo.syn > /tmp/demo_answers.csv
#   Rscript tests/data/survey/demo_alpha_reference.R /tmp/demo_answers.csv \
#     > tests/data/survey/demo_alpha_reference.csv
# Reverse-keyed items are scored 6 - answer, as synergist scores them.
args <- commandArgs(trailingOnly = TRUE)
suppressMessages(library(psych)); library(jsonlite)
d <- read.csv(args[1]); ins <- fromJSON("data/instruments/psf.json", simplifyVector=FALSE)
rev <- sapply(ins$items, function(i) isTRUE(i$reverse)); names(rev) <- sapply(ins$items, function(i) i$id)
for (nm in names(rev)[rev]) d[[nm]] <- 6 - d[[nm]]
sc <- list(); for (i in ins$items) for (s in i$scales) sc[[s]] <- c(sc[[s]], i$id)
for (w in c("baseline","followup1","followup2")) for (s in names(sc)) {
  x <- d[d$wave==w, sc[[s]]]; x <- x[complete.cases(x),]
  a <- alpha(x, warnings=FALSE, check.keys=FALSE)$total$raw_alpha
  cat(sprintf("all,%s,%s,%.4f\n", w, s, a))
}
