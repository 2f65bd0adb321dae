"""Your biases seem to be updated users first, then items. The order is fixed: each sweep updates every item bias from the current user biases, then every user bias from the new item biases; the other order gives other numbers after any finite number of sweeps."""
# Mistake: updates the user biases before the item biases in every sweep.
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
        b_user = (M * (R - mu - b_item[None, :])).sum(axis=1) / (lam + n_user)
        b_item = (M * (R - mu - b_user[:, None])).sum(axis=0) / (lam + n_item)
    return float(mu), b_user, b_item
