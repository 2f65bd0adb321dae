"""Among items with equal similarity, yours seem not to come in increasing index order. np.argsort's default algorithm does not keep equal values in their original order; ask for a stable sort, np.argsort(-sims, kind="stable")."""
# Mistake: ranks with np.argsort's default (unstable) algorithm, so a large group of equal
# similarities can come out in any order.
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
    order = others[np.argsort(-sims[others])][:k]
    return order, sims[order]
