"""Your user biases seem to be computed from the item biases of the previous sweep. Within a sweep, the user update uses the item biases just computed, not the old ones."""
# Mistake: computes both updates from the old biases (a Jacobi-style update) instead of using
# the new item biases for the users.
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
        new_item = (M * (R - mu - b_user[:, None])).sum(axis=0) / (lam + n_item)
        new_user = (M * (R - mu - b_item[None, :])).sum(axis=1) / (lam + n_user)
        b_item, b_user = new_item, new_user
    return float(mu), b_user, b_item
