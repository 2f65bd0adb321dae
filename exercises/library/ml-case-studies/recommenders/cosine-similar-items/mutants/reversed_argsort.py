"""When two items have equal similarity, yours seem to be listed with the higher index first. Ties should go in increasing index order."""
# Mistake: sorts in increasing order and reverses the result, so among EQUAL similarities
# the higher index comes first.
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
    order = others[np.argsort(sims[others], kind="stable")[::-1]][:k]
    return order, sims[order]
