"""Your global mean seems to include the missing entries (R.mean() over the whole matrix). mu is the mean of the observed ratings only; the placeholders are not ratings."""
# Mistake: mu = mean of every entry of R, placeholders included.
import numpy as np


def fit_biases(R, mask, lam, sweeps):
    M = np.asarray(mask, dtype=float)
    mu = np.asarray(R, dtype=float).mean()
    R = M * np.asarray(R, dtype=float)
    n_user = M.sum(axis=1)
    n_item = M.sum(axis=0)
    b_user = np.zeros(M.shape[0])
    b_item = np.zeros(M.shape[1])
    for _ in range(sweeps):
        b_item = (M * (R - mu - b_user[:, None])).sum(axis=0) / (lam + n_item)
        b_user = (M * (R - mu - b_item[None, :])).sum(axis=1) / (lam + n_user)
    return float(mu), b_user, b_item
