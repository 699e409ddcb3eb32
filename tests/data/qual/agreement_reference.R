# agreement_reference.R: reference values for tests/unit/test_agreement.c and
# tests/e2e/agreement_basic.sh. Each character is one unit coded 1 (coded) or
# 0 (not coded) by each coder. Kappa from psych::cohen.kappa; Krippendorff's
# alpha (nominal) computed from its coincidence matrix, independently of the
# closed form used in src/analysis/agreement.c.
# Run: Rscript tests/data/qual/agreement_reference.R
suppressMessages(library(psych))
units <- function(n, ranges){ v <- integer(n); for(r in ranges) v[(r[1]+1):r[2]] <- 1L; v }
kalpha <- function(a, b){
  vals <- c(0L,1L); o <- matrix(0, 2, 2)
  for(i in seq_along(a)){ o[a[i]+1,b[i]+1] <- o[a[i]+1,b[i]+1]+1; o[b[i]+1,a[i]+1] <- o[b[i]+1,a[i]+1]+1 }
  nc <- rowSums(o); n <- sum(nc)
  Do <- (o[1,2]+o[2,1])/n; De <- (nc[1]*nc[2]+nc[2]*nc[1])/(n*(n-1))
  1 - Do/De
}
report <- function(name, a, b){
  k <- cohen.kappa(cbind(a,b))$kappa
  cat(sprintf("%s: agreement %.6f kappa %.6f alpha %.6f\n", name, 100*mean(a==b), k, kalpha(a,b)))
}
report("half", units(100, list(c(0,50))), units(100, list(c(25,75))))
report("one coder only", units(100, list(c(0,50))), integer(100))
# two sources pooled: 200 and 50 characters
a <- c(units(200, list(c(10,60), c(100,150))), units(50, list(c(0,10))))
b <- c(units(200, list(c(20,60), c(90,140), c(180,190))), units(50, list(c(5,15))))
report("two sources", a, b)
# tests/e2e/agreement_basic.sh pools four codes on one 100-character source:
# t and z unused (100 characters not coded), x as "half", y as "one coder only".
a <- c(integer(100), units(100, list(c(0,50))), units(100, list(c(0,50))), integer(100))
b <- c(integer(100), units(100, list(c(25,75))), integer(100), integer(100))
report("pooled t,x,y,z", a, b)
# ... and x, y only (the codes used).
report("pooled x,y", a[101:300], b[101:300])
