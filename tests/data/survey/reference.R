# reference.R: how the survey test data in tests/data/survey/ were made and
# where the expected values pinned in tests/e2e/survey_score.sh come from.
# Run from this folder: Rscript reference.R (needs r-cran-psych and
# r-cran-multilevel). The tests themselves never need R.
suppressPackageStartupMessages({ library(psych); library(multilevel) })
options(digits = 10)
wcsv <- function(d, f) write.csv(d, f, row.names = FALSE, na = "", quote = FALSE)

## 1. lead_answers.csv: multilevel::lq2002, the 11 leadership items (5
##    options) of companies 2, 4, 6 and 14 as four partnerships of one wave.
data(lq2002, package = "multilevel")
l <- lq2002[lq2002$COMPID %in% c(2, 4, 6, 14), c("COMPID", paste0("LEAD", sprintf("%02d", 1:11)))]
out <- data.frame(respondent = sprintf("r%04d", seq_len(nrow(l))),
                  partnership = paste0("C", l$COMPID), wave = "w1", l[, 2:12])
names(out)[4:14] <- tolower(names(out)[4:14])
wcsv(out, "lead_answers.csv")
for (g in c(2, 4, 6, 14)) {
  x <- l[l$COMPID == g, 2:12]; s <- rowMeans(x)
  al <- psych::alpha(x)
  rw <- rwg.j(x, rep(1, nrow(x)), ranvar = (5^2 - 1) / 12)
  cat(sprintf("C%d n %d mean %.4f sd %.4f ci %.4f %.4f alpha %.4f std %.4f rwg_j %.4f\n", g, nrow(x),
              mean(s), sd(s), t.test(s)$conf.int[1], t.test(s)$conf.int[2],
              al$total$raw_alpha, al$total$std.alpha, rw$rwg.j))
}
x <- l[, 2:12]; s <- rowMeans(x); al <- psych::alpha(x)
cat(sprintf("all n %d mean %.4f sd %.4f ci %.4f %.4f alpha %.4f std %.4f\n", nrow(x), mean(s), sd(s),
            t.test(s)$conf.int[1], t.test(s)$conf.int[2], al$total$raw_alpha, al$total$std.alpha))
mod <- aov(s ~ as.factor(l$COMPID))
cat(sprintf("ICC1 %.4f ICC2 %.4f\n", ICC1(mod), ICC2(mod)))
# ICC(1) with the adjusted group size k0 = (N - sum n_j^2 / N) / (G - 1)
# (unequal sizes 24, 45, 12, 10), from the same aov's mean squares.
ms <- summary(mod)[[1]][, 3]; nj <- table(l$COMPID); N <- sum(nj)
k0 <- (N - sum(nj^2) / N) / (length(nj) - 1)
cat(sprintf("ICC1_k0 %.4f (k0 %.4f)\n", (ms[1] - ms[2]) / (ms[1] + (k0 - 1) * ms[2]), k0))
al2 <- psych::alpha(l[l$COMPID == 2, 2:12])
cat("C2 r.drop", sprintf("%.4f", al2$item.stats$r.drop[1:2]), "alpha.drop", sprintf("%.4f", al2$alpha.drop$raw_alpha[1:2]), "\n")

## 2. agree_answers.csv: psych::bfi rows 1..300, the five agreeableness items
##    as answered (6 options; A1 is reverse keyed in agree.json), gender 1/2
##    as partnerships M and F. Scale score: mean of answered items after
##    reversing A1 (7 - A1), needing at least half of the 5 items (3).
data(bfi, package = "psych")
b <- bfi[1:300, c("gender", "A1", "A2", "A3", "A4", "A5")]
out <- data.frame(respondent = sprintf("b%03d", 1:300), partnership = ifelse(b$gender == 1, "M", "F"),
                  wave = "w1", a1 = b$A1, a2 = b$A2, a3 = b$A3, a4 = b$A4, a5 = b$A5)
wcsv(out, "agree_answers.csv")
k <- b[, 2:6]; k$A1 <- 7 - k$A1
for (g in 1:2) {
  x <- k[b$gender == g, ]
  nans <- rowSums(!is.na(x)); s <- rowMeans(x, na.rm = TRUE); s[nans < 3] <- NA; s <- s[!is.na(s)]
  al <- psych::alpha(na.omit(x))
  rw <- rwg.j(x, rep(1, nrow(x)), ranvar = (6^2 - 1) / 12)   # drops incomplete answer sets, as alpha
  cat(sprintf("%s n %d mean %.4f sd %.4f ci %.4f %.4f alpha %.4f std %.4f rwg_j %.4f\n", c("M", "F")[g], length(s),
              mean(s), sd(s), t.test(s)$conf.int[1], t.test(s)$conf.int[2], al$total$raw_alpha, al$total$std.alpha,
              rw$rwg.j))
}
