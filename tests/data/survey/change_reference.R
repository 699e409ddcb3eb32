# change_reference.R: expected values of the change between waves in
# tests/e2e/survey_change.sh and tests/unit/test_psychometrics.c
# (test_change_*), on tiny_answers.csv (instrument tiny.json: s = mean of q1
# and 6-q2, 9 = not applicable, at least 1 of 2 items). In the linked study
# members p1..p6 of P answered both waves (tiny_members.csv), p7 only w2.
# Run: Rscript change_reference.R (base R only; the tests never need R).
options(digits = 10)
d <- read.csv("tiny_answers.csv"); d$q2[d$q2 == 9] <- NA
d$s <- rowMeans(cbind(d$q1, 6 - d$q2), na.rm = TRUE)
P <- d[d$partnership == "P", ]
a <- P$s[P$wave == "w1"]; b <- P$s[P$wave == "w2"]
names(a) <- P$respondent[P$wave == "w1"]; names(b) <- P$respondent[P$wave == "w2"]
f <- function(x) sprintf("%.4f", x)
# 1. No member linked: Welch, stats::t.test(b, a).
w <- t.test(b, a); sav <- sqrt((sd(a)^2 + sd(b)^2) / 2)   # Cohen's d, average variance
cat("welch change", f(mean(b) - mean(a)), "ci", f(w$conf.int), "df", f(w$parameter),
    "effect", f((mean(b) - mean(a)) / sav), "ci", f(w$conf.int / sav), "\n")
# 2. Only the pairs p1..p6: paired t, stats::t.test(paired = TRUE).
id <- names(a)
pt <- t.test(b[id], a[id], paired = TRUE)
cat("paired change", f(mean(b[id] - a[id])), "ci", f(pt$conf.int), "df", f(pt$parameter), "\n")
# 3. Linked p1..p6 plus p7 in w2 only: partially overlapping samples t-test
#    (Derrick, Toher & White 2017, Tnew2; as Partiallyoverlapping::Partover.test).
n1 <- length(a); n2 <- length(b); nc <- length(id); na <- n1 - nc; nb <- n2 - nc
r <- cor(a[id], b[id]); s1 <- sd(a); s2 <- sd(b)
se <- sqrt(s1^2 / n1 + s2^2 / n2 - 2 * r * s1 * s2 * nc / (n1 * n2))
gam <- (s1^2 / n1 + s2^2 / n2)^2 / ((s1^2 / n1)^2 / (n1 - 1) + (s2^2 / n2)^2 / (n2 - 1))
df <- (nc - 1) + (gam - nc + 1) / (na + nb + 2 * nc) * (na + nb)
dd <- mean(b) - mean(a); ci <- dd + c(-1, 1) * qt(0.975, df) * se
sav <- sqrt((s1^2 + s2^2) / 2)
cat("overlap change", f(dd), "ci", f(ci), "df", f(df), "r", f(r), "effect", f(dd / sav), "ci", f(ci / sav), "\n")
# 4. Each linked member's reliable change index (Jacobson & Truax 1991),
#    with the SD and raw alpha of P in w1 (complete answer sets).
x <- na.omit(cbind(P$q1, 6 - P$q2)[P$wave == "w1", ])
C <- cov(x); alpha <- 2 * (1 - sum(diag(C)) / sum(C))
rci <- (b[id] - a[id]) / (sqrt(2) * s1 * sqrt(1 - alpha))
cat("rci", paste(id, f(rci)), "\n")
