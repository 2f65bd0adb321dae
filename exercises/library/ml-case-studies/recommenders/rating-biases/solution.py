import numpy as np


def fit_biases(R, mask, lam, sweeps):
    """Global mean and regularised user/item biases of the observed ratings, by `sweeps` rounds
    of exact block updates: all item biases, then all user biases. Returns (mu, b_user, b_item)."""
    M = np.asarray(mask, dtype=float)
    R = M * np.asarray(R, dtype=float)          # placeholders become 0 and are masked below
    mu = R.sum() / M.sum()
    n_user = M.sum(axis=1)                      # items rated by each user
    n_item = M.sum(axis=0)                      # users who rated each item
    b_user = np.zeros(M.shape[0])
    b_item = np.zeros(M.shape[1])
    for _ in range(sweeps):
        b_item = (M * (R - mu - b_user[:, None])).sum(axis=0) / (lam + n_item)
        b_user = (M * (R - mu - b_item[None, :])).sum(axis=1) / (lam + n_user)   # new b_item
    return float(mu), b_user, b_item
