"""You seem to rank by the raw dot product, which favours popular items with many high ratings. Divide by both column lengths so only the direction of the rating patterns counts."""
# Mistake: ranks by the raw dot product (no division by the norms), which favours
# popular items with many high ratings.
import numpy as np


def similar_items(R, item, k):
    R = np.asarray(R, dtype=float)
    target = R[:, item]
    norms = np.linalg.norm(R, axis=0)
    dots = R.T @ target
    denom = norms * norms[item]
    sims = np.zeros(R.shape[1])
    nonzero = denom > 0
    sims[nonzero] = dots[nonzero]
    others = np.array([j for j in range(R.shape[1]) if j != item])
    order = others[np.argsort(-sims[others], kind="stable")][:k]
    return order, sims[order]
