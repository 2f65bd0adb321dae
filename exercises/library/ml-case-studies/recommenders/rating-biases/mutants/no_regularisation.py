"""Your biases seem to be plain averages of the residuals, without the penalty: the denominators should be lambda + n, which shrinks a bias built on few ratings towards 0 (and gives 0, not 0/0, to an item nobody rated)."""
# Mistake: divides by n instead of lam + n (no shrinkage; 0/0 for an unrated item).
import numpy as np


def fit_biases(R, mask, lam, sweeps):
    M = np.asarray(mask, dtype=float)
    R = M * np.asarray(R, dtype=float)
    mu = R.sum() / M.sum()
    n_user = M.sum(axis=1)
    n_item = M.sum(axis=0)
    b_user = np.zeros(M.shape[0])
    b_item = np.zeros(M.shape[1])
    for _ in range(sweeps):
        b_item = (M * (R - mu - b_user[:, None])).sum(axis=0) / n_item
        b_user = (M * (R - mu - b_item[None, :])).sum(axis=1) / n_user
    return float(mu), b_user, b_item
