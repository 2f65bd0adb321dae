import numpy as np


def fit_biases(R, mask, lam, sweeps):
    """Global mean and regularised user/item biases of the observed ratings, by `sweeps` rounds
    of exact block updates: all item biases, then all user biases. Returns (mu, b_user, b_item)."""
    M = np.asarray(mask, dtype=float)
    R = np.asarray(R, dtype=float)
    # TODO: mu = mean of the observed ratings; then `sweeps` times: update every item bias from
    # the current user biases, then every user bias from the new item biases.
    mu = 0.0
    b_user = np.zeros(M.shape[0])
    b_item = np.zeros(M.shape[1])
    return mu, b_user, b_item
