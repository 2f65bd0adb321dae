"""Your list seems to include the query item itself, which always matches itself with similarity 1. Rank only the other items."""
# Mistake: forgets to exclude the query item, which is always its own best match
# (similarity 1).
import numpy as np


def similar_items(R, item, k):
    R = np.asarray(R, dtype=float)
    target = R[:, item]
    norms = np.linalg.norm(R, axis=0)
    dots = R.T @ target
    denom = norms * norms[item]
    sims = np.zeros(R.shape[1])
    nonzero = denom > 0
    sims[nonzero] = dots[nonzero] / denom[nonzero]
    others = np.arange(R.shape[1])
    order = others[np.argsort(-sims[others], kind="stable")][:k]
    return order, sims[order]
