#!/usr/bin/python3
# survey_pandas.py: the statistics synergist's score command prints, computed
# with pandas and numpy, for bench/survey.sh. Per partnership x wave x scale
# and per wave for the pooled "all" rows: n, mean and SD of the scale scores
# (mean of the answered items after reverse keying, at least half the items
# answered), t-based 95% CI of the mean, Cronbach's alpha raw and
# standardized on complete cases, rwg(j) (uniform null, each item's variance
# over its answers, truncated at 0) and the interpretation band; groups with
# fewer than 5 answer sets are suppressed. Everything is vectorised: group
# codes computed once, per scale one groupby sum over columns of answers,
# squares and cross-products (and one for the scores), numpy over groups.
# Prints "SECONDS ROWS": the seconds spent computing after read_csv.
# With the path of synergist's CSV (score --format csv) as second argument,
# compares a sample of rows with it and warns on stderr when they disagree.
# Usage: survey_pandas.py DIR [SYNERGIST_SCORES_CSV]
import sys, time, json
import numpy as np, pandas as pd
from scipy import stats

MIN_ANSWERED, SUPPRESS_MIN = 0.5, 5
DEFAULT_BANDS = [("concern", 1.0), ("work", 3.0), ("strength", 4.0)]
KEYS = ["partnership", "wave"]

d = sys.argv[1]
inst = json.load(open(d + "/bench.json"))
df = pd.read_csv(d + "/answers.csv")
t0 = time.perf_counter()

resp = {r["id"]: r for r in inst["responses"]}
items = inst["items"]
X = df[[it["id"] for it in items]].to_numpy(dtype=float)      # NaN: missing
for i, it in enumerate(items):
    if it.get("reverse"):
        r = resp[it["response"]]
        X[:, i] = r["min"] + r["max"] - X[:, i]
scales = {}
for i, it in enumerate(items):
    for s in it["scales"]:
        scales.setdefault(s, []).append(i)
bands = DEFAULT_BANDS
# Group codes once: partnership x wave, and wave for the pooled rows.
gid = df.groupby(KEYS, sort=True).ngroup().to_numpy()
wid, waves = pd.factorize(df["wave"], sort=True)
group_keys = df[KEYS].drop_duplicates().sort_values(KEYS).reset_index(drop=True)
wave_keys = pd.DataFrame({"partnership": "all", "wave": waves})
group_n = pd.Series(np.bincount(gid))
wave_n = pd.Series(np.bincount(wid))


def scale_stats(sums, desc, size, k, n_opt):
    """The statistics of one scale per group from the groupby sums."""
    G = len(sums)
    m = sums["complete"].to_numpy()
    cs = sums[["c%d" % j for j in range(k)]].to_numpy()
    cross = np.empty((G, k, k))
    for j in range(k):
        for l in range(j, k):
            cross[:, j, l] = cross[:, l, j] = sums["p%d_%d" % (j, l)].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        cov = (cross - cs[:, :, None] * cs[:, None, :] / m[:, None, None]) / (m - 1)[:, None, None]
        var = np.diagonal(cov, axis1=1, axis2=2)
        alpha = k / (k - 1) * (1 - var.sum(1) / cov.sum((1, 2)))
        sd_i = np.sqrt(var)
        r = cov / (sd_i[:, :, None] * sd_i[:, None, :])
        r_bar = (r.sum((1, 2)) - k) / (k * (k - 1))
        alpha_std = np.where((var > 0).all(1), k * r_bar / (1 + (k - 1) * r_bar), np.nan)
        alpha = np.where(m >= 2, alpha, np.nan)
        alpha_std = np.where(m >= 2, alpha_std, np.nan)
        # rwg(j): item variances over every answer, uniform null (A^2-1)/12
        na = sums[["a%d" % j for j in range(k)]].to_numpy()
        sx = sums[["x%d" % j for j in range(k)]].to_numpy()
        sq = sums[["q%d" % j for j in range(k)]].to_numpy()
        ivar = (sq - sx * sx / na) / (na - 1)
        ratio = np.minimum(ivar.sum(1) / k / ((n_opt * n_opt - 1) / 12), 1.0)
        rwg = np.where((na >= 2).all(1) & (size.to_numpy() >= 2), k * (1 - ratio) / (k * (1 - ratio) + ratio), np.nan)
    n = desc["count"].to_numpy()
    mean = desc["mean"].to_numpy()
    sd = desc["std"].to_numpy()
    df_u, inv = np.unique(np.maximum(n - 1, 1), return_inverse=True)   # few distinct group sizes
    half = stats.t.ppf(0.975, df_u)[inv] * sd / np.sqrt(n)
    half = np.where(n > 1, half, np.nan)
    band = np.full(G, None, dtype=object)
    for name, lo in bands:
        band = np.where(mean + 1e-9 >= lo, name, band)
    band = np.where(np.isnan(mean), None, band)
    out = pd.DataFrame({"n": n, "mean": mean, "sd": sd, "ci_low": mean - half, "ci_high": mean + half,
                        "alpha": alpha, "alpha_std": alpha_std, "rwg_j": rwg, "band": band}, index=sums.index)
    hide = size.to_numpy() < SUPPRESS_MIN
    out.loc[hide, ["mean", "sd", "ci_low", "ci_high", "alpha", "alpha_std", "rwg_j", "band"]] = np.nan
    return out


res = []
for s, idx in scales.items():
    k = len(idx)
    r0 = resp[items[idx[0]]["response"]]
    x = X[:, idx]
    ok = ~np.isnan(x)
    n_ans = ok.sum(1)
    with np.errstate(invalid="ignore"):
        score = np.where((n_ans > 0) & (n_ans >= MIN_ANSWERED * k - 1e-9), np.nansum(x, 1) / n_ans, np.nan)
    complete = ok.all(1)
    xc = np.where(complete[:, None], x, 0.0)
    # One float matrix of everything summed per group, one block for pandas.
    x0 = np.where(ok, x, 0.0)
    ju, lu = np.triu_indices(k)
    names = (["complete"] + ["c%d" % j for j in range(k)] + ["a%d" % j for j in range(k)] +
             ["x%d" % j for j in range(k)] + ["q%d" % j for j in range(k)] +
             ["p%d_%d" % (j, l) for j, l in zip(ju, lu)])
    M = np.empty((len(x), len(names)))
    M[:, 0] = complete
    M[:, 1:1 + k] = xc
    M[:, 1 + k:1 + 2 * k] = ok
    M[:, 1 + 2 * k:1 + 3 * k] = x0
    M[:, 1 + 3 * k:1 + 4 * k] = x0 * x0
    M[:, 1 + 4 * k:] = xc[:, ju] * xc[:, lu]
    F = pd.DataFrame(M, columns=names, copy=False)
    y = pd.Series(score)
    n_opt = r0["max"] - r0["min"] + 1
    for by, size, labels in ((gid, group_n, group_keys), (wid, wave_n, wave_keys)):
        st = scale_stats(F.groupby(by).sum(), y.groupby(by).agg(["count", "mean", "std"]), size, k, n_opt)
        st = pd.concat([labels, st.reset_index(drop=True)], axis=1)
        st.insert(2, "scale", s)
        res.append(st)
res = pd.concat(res, ignore_index=True)
t1 = time.perf_counter()
print("%.6f %d" % (t1 - t0, len(res)))

# Agreement with synergist on a sample of rows (outside the timing).
if len(sys.argv) > 2:
    syn = pd.read_csv(sys.argv[2], dtype={"partnership": str, "wave": str, "scale": str})
    both = res.merge(syn, on=["partnership", "wave", "scale"], suffixes=("_pd", "_syn"))
    sample = pd.concat([both.head(5), both[both["partnership"] == "all"].head(5),
                        both.sample(min(20, len(both)), random_state=1)])
    bad = 0
    for c in ["n", "mean", "sd", "ci_low", "ci_high", "alpha", "alpha_std", "rwg_j"]:
        a, b = sample[c + "_pd"].to_numpy(float), sample[c + "_syn"].to_numpy(float)
        diff = ~((np.isnan(a) & np.isnan(b)) | (np.abs(a - b) <= 1e-4))
        for _, row in sample[diff].iterrows():
            print("survey_pandas.py: warning: %s %s %s %s: pandas %r, synergist %r" %
                  (row["partnership"], row["wave"], row["scale"], c, row[c + "_pd"], row[c + "_syn"]), file=sys.stderr)
        bad += int(diff.sum())
    if len(both) != len(res) or len(both) != len(syn):
        print("survey_pandas.py: warning: %d pandas rows, %d synergist rows, %d matched" % (len(res), len(syn), len(both)),
              file=sys.stderr)
    elif bad == 0:
        print("survey_pandas.py: %d sampled rows agree with synergist" % len(sample), file=sys.stderr)
