# tiny_reference.R: expected values of tests/e2e/survey_change.sh for
# tiny_answers.csv (instrument tiny.json: s = mean of q1 and 6-q2, 9 = not
# applicable, at least 1 of 2 items; gains/costs = counts of yes).
d <- read.csv("tiny_answers.csv"); d$q2[d$q2 == 9] <- NA
d$s <- rowMeans(cbind(d$q1, 6 - d$q2), na.rm = TRUE)
d$bal <- d$g1 + d$g2 - d$c1
a <- d$s[d$partnership == "P" & d$wave == "w1"]; b <- d$s[d$partnership == "P" & d$wave == "w2"]
x <- na.omit(cbind(d$q1, 6 - d$q2)[d$partnership == "P" & d$wave == "w1", ])
k <- 2; C <- cov(x); alpha <- k / (k - 1) * (1 - sum(diag(C)) / sum(C))
tt <- t.test(b, a)   # Welch
# (The reliable change index is a member's, never the group's: see
# change_reference.R for each linked member's RCI.)
cat(sprintf("P w1 mean %.4f sd %.4f alpha %.4f; w2 mean %.4f; change %.4f ci %.4f %.4f\n",
            mean(a), sd(a), alpha, mean(b), mean(b) - mean(a), tt$conf.int[1], tt$conf.int[2]))
for (w in c("w1", "w2")) { v <- d$bal[d$partnership == "P" & d$wave == w]
  cat(sprintf("P %s balance n %d mean %.4f sd %.4f ci %.4f %.4f\n", w, length(v), mean(v), sd(v), t.test(v)$conf.int[1], t.test(v)$conf.int[2])) }
