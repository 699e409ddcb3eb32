# survey_psych.R: per-group scoring with R psych for bench/survey.sh, on the
# first G partnership x wave groups (psych::alpha is too slow for all of
# them): scale scores (psych::scoreItems would need complete keys; rowMeans
# with half the items), their mean and SD, and psych::alpha per scale.
# Prints the seconds spent scoring and the number of answers scored.
suppressPackageStartupMessages(library(psych))
args <- commandArgs(TRUE); d <- args[1]; G <- as.integer(args[2])
a <- read.csv(file.path(d, "answers.csv"))
a$g <- paste(a$partnership, a$wave)
keep <- unique(a$g)[1:G]; a <- a[a$g %in% keep, ]
items <- grep("^i", names(a), value = TRUE)
t0 <- proc.time()[["elapsed"]]
res <- list()
for (gr in split(a, a$g)) {
  for (s in 0:9) {
    cols <- items[(s * 6 + 1):(s * 6 + 6)]
    x <- gr[, cols]; x[, 2] <- 6 - x[, 2]
    sc <- rowMeans(x, na.rm = TRUE); sc[rowSums(!is.na(x)) < 3] <- NA
    al <- suppressWarnings(suppressMessages(psych::alpha(x, check.keys = FALSE, warnings = FALSE)))
    res[[length(res) + 1]] <- c(mean(sc, na.rm = TRUE), sd(sc, na.rm = TRUE), al$total$raw_alpha)
  }
}
t1 <- proc.time()[["elapsed"]]
cat(sprintf("%.6f %d\n", t1 - t0, nrow(a) * length(items)))
