"""Your biases seem too small for items and users with few ratings, as if every missing rating counted as a residual of 0: the sums run over the observed ratings only, and so do the counts n_i and n_u in the denominators."""
# Mistake: divides by lam + (number of all users / all items) instead of lam + the number of
# observed ratings, as a masked mean over the full matrix would.
import numpy as np


def fit_biases(R, mask, lam, sweeps):
    M = np.asarray(mask, dtype=float)
    R = M * np.asarray(R, dtype=float)
    mu = R.sum() / M.sum()
    n, m = M.shape
    b_user = np.zeros(n)
    b_item = np.zeros(m)
    for _ in range(sweeps):
        b_item = (M * (R - mu - b_user[:, None])).sum(axis=0) / (lam + n)
        b_user = (M * (R - mu - b_item[None, :])).sum(axis=1) / (lam + m)
    return float(mu), b_user, b_item
