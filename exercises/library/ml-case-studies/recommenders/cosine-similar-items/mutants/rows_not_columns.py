"""You seem to compare rows (users) rather than columns (items). Each item is described by its column of ratings, one entry per user."""
# Mistake: compares ROWS (users) instead of columns (items): R @ R[item] instead of
# R.T @ R[:, item].
import numpy as np


def similar_items(R, item, k):
    R = np.asarray(R, dtype=float).T
    target = R[:, item]
    norms = np.linalg.norm(R, axis=0)
    dots = R.T @ target
    denom = norms * norms[item]
    sims = np.zeros(R.shape[1])
    nonzero = denom > 0
    sims[nonzero] = dots[nonzero] / denom[nonzero]
    others = np.array([j for j in range(R.shape[1]) if j != item])
    order = others[np.argsort(-sims[others], kind="stable")][:k]
    return order, sims[order]
