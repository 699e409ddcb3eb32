# cr2_reference.R: how cluster_reg.csv was made and where the CR2 values
# pinned in tests/unit/test_robust.c come from (R clubSandwich 0.5.8,
# Debian r-cran-clubsandwich). Run from this folder: Rscript cr2_reference.R
# The unit test itself never needs R.
suppressPackageStartupMessages(library(clubSandwich))
options(digits = 10)

## cluster_reg.csv: 9 clusters ("partnerships") of 3 to 15 members with a
## cluster effect on y and x1, 4-point-like scores; 4 cells blanked.
set.seed(20261206)
sizes <- c(3, 5, 8, 15, 6, 4, 12, 9, 7)
cl <- rep(seq_along(sizes) - 1, sizes)
u <- rnorm(length(sizes), sd = 0.5)[cl + 1]
x1 <- round(3 + u + rnorm(length(cl), sd = 0.6), 2)
x2 <- round(2.5 + rnorm(length(cl), sd = 0.7), 2)
x3 <- round(3 + 0.5 * x2 + rnorm(length(cl), sd = 0.5), 2)
y <- round(1 + 0.5 * x1 + 0.3 * x3 + u + rnorm(length(cl), sd = 0.5), 2)
d <- data.frame(cluster = cl, y = y, x1 = x1, x2 = x2, x3 = x3)
d$y[4] <- NA; d$x2[20] <- NA; d$x3[33] <- NA; d$x1[60] <- NA
write.csv(d, "cluster_reg.csv", row.names = FALSE, na = "", quote = FALSE)

show <- function(dd, f) {
  dd <- na.omit(dd)
  z <- as.data.frame(scale(dd[, -1]))
  fit <- lm(f, data = z)
  ct <- coef_test(fit, vcov = "CR2", cluster = dd$cluster, test = "Satterthwaite")
  ci <- conf_int(fit, vcov = "CR2", cluster = dd$cluster, level = 0.95)
  cat("n", nrow(dd), "clusters", length(unique(dd$cluster)), "\n")
  print(data.frame(beta = ct$beta, se = ct$SE, df = ct$df_Satt, low = ci$CI_L, high = ci$CI_U,
                   row.names = ct$Coef), digits = 10)
}
## 1. all 9 clusters, y on x1, x2, x3
show(d, y ~ x1 + x2 + x3)
## 2. clusters 2 and 3 only (two clusters: df about 1)
show(d[d$cluster %in% c(2, 3), ], y ~ x1 + x2 + x3)
## 3. one predictor, all clusters
show(d[, c("cluster", "y", "x1")], y ~ x1)
