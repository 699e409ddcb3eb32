# reference.R: how the data sets in tests/data/psy/ were made and where the
# expected values pinned in tests/unit/test_psychometrics.c come from.
# Run from this folder: Rscript reference.R   (needs r-cran-psych, r-cran-multilevel).
# The unit test itself never needs R.
suppressPackageStartupMessages({ library(psych); library(multilevel) })
options(digits = 10)
wcsv <- function(d, f) write.csv(d, f, row.names = FALSE, na = "", quote = FALSE)

## 1. bfi_agree.csv: psych::bfi rows 1..300, gender and the five agreeableness
##    items, A1 reverse-keyed by us (7 - A1, 6-point items) so that the file
##    holds already-keyed answers. 7 rows have a missing answer.
data(bfi, package = "psych")
a <- bfi[1:300, c("gender", "A1", "A2", "A3", "A4", "A5")]
a$A1 <- 7 - a$A1
names(a)[2] <- "A1r"
wcsv(a, "bfi_agree.csv")
x <- na.omit(a[, 2:6])                       # complete cases, as psy_alpha uses
al <- psych::alpha(x)
cat("alpha n.complete", nrow(x), "\n")
cat("raw_alpha", al$total$raw_alpha, " std.alpha", al$total$std.alpha, "\n")
cat("r.drop", al$item.stats$r.drop, "\n")
cat("alpha.drop", al$alpha.drop$raw_alpha, "\n")
# psy_describe of A2 (non-missing answers) and of A2 by gender; Welch CI.
d <- a$A2[!is.na(a$A2)]
cat("A2 n", length(d), "mean", mean(d), "sd", sd(d),
    "ci", t.test(d)$conf.int, "\n")
m <- a$A2[a$gender == 1 & !is.na(a$A2)]; f <- a$A2[a$gender == 2 & !is.na(a$A2)]
tt <- t.test(m, f, var.equal = FALSE)
cat("A2 male-female diff", mean(m) - mean(f), "welch ci", tt$conf.int, "\n")

## 2. lq2002_lead.csv: multilevel::lq2002 company id and the 11 leadership
##    items (5 options), all 2042 rows, 49 companies; no missing answers.
data(lq2002, package = "multilevel")
l <- lq2002[, c("COMPID", paste0("LEAD", sprintf("%02d", 1:11)))]
wcsv(l, "lq2002_lead.csv")
rw <- rwg.j(l[, 2:12], l$COMPID, ranvar = (5^2 - 1) / 12)
print(head(rw, 4))
cat("rwg.j sum over all groups", sum(rw$rwg.j), " min", min(rw$rwg.j), "\n")
lead <- rowMeans(l[, 2:12])                   # the LEAD scale score
mod <- aov(lead ~ as.factor(l$COMPID))
cat("ICC1", ICC1(mod), " ICC2", ICC2(mod), "\n")

## 3. rwg(j) with missing answers: like multilevel::rwg.j, psy_rwg_j keeps
##    the complete answer sets only (the rows alpha uses too).
g <- l[l$COMPID == 2, 2:12]
g[1, 3] <- NA; g[4, 7] <- NA; g[5, 7] <- NA
wcsv(g, "lq2002_comp2_na.csv")
cat("rwg.j comp 2 with NA (complete rows)", rwg.j(g, rep(1, nrow(g)), ranvar = 2)$rwg.j, "\n")

## 4. swiss_na.csv: datasets::swiss (47 provinces), Fertility on Agriculture,
##    Education, Catholic, with two cells blanked (row 5 Agriculture, row 12
##    Fertility) so 45 complete rows remain. Standardized betas and 95% CIs.
s <- swiss[, c("Fertility", "Agriculture", "Education", "Catholic")]
s$Agriculture[5] <- NA; s$Fertility[12] <- NA
wcsv(s, "swiss_na.csv")
sc <- as.data.frame(scale(na.omit(s)))
fit <- lm(Fertility ~ Agriculture + Education + Catholic, data = sc)
cat("n", nrow(sc), "R2", summary(fit)$r.squared, "\n")
print(coef(fit)[-1]); print(confint(fit)[-1, ])

## 5. Hand-checkable cases.
cat("alpha 3x2", psych::alpha(data.frame(a = c(1, 2, 3), b = c(2, 3, 5)))$total$std.alpha, "\n")
y <- c(1, 2, 3, 4, 5, 6); grp <- factor(c(0, 0, 0, 1, 1, 1))
cat("tiny ICC1", ICC1(aov(y ~ grp)), "ICC2", ICC2(aov(y ~ grp)), "\n")
