"""Your biases look like one sweep too few. Make exactly `sweeps` rounds of updates (none when sweeps = 0)."""
# Mistake: off by one, the loop runs sweeps - 1 times.
import numpy as np


def fit_biases(R, mask, lam, sweeps):
    M = np.asarray(mask, dtype=float)
    R = M * np.asarray(R, dtype=float)
    mu = R.sum() / M.sum()
    n_user = M.sum(axis=1)
    n_item = M.sum(axis=0)
    b_user = np.zeros(M.shape[0])
    b_item = np.zeros(M.shape[1])
    for _ in range(sweeps - 1):
        b_item = (M * (R - mu - b_user[:, None])).sum(axis=0) / (lam + n_item)
        b_user = (M * (R - mu - b_item[None, :])).sum(axis=1) / (lam + n_user)
    return float(mu), b_user, b_item
