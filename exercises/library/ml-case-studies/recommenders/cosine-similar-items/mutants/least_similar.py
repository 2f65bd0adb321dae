"""You seem to return the least similar items first. The ranking is by decreasing similarity, so the best match comes first."""
# Mistake: sorts by increasing similarity and returns the k LEAST similar items.
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
    others = np.array([j for j in range(R.shape[1]) if j != item])
    order = others[np.argsort(sims[others], kind="stable")][:k]
    return order, sims[order]
