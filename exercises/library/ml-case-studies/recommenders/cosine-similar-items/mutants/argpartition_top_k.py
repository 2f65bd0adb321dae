"""Among items with equal similarity, yours seem not to be the ones with the lowest indices. np.argpartition finds k best items quickly, but which of several equal ones it keeps is arbitrary; the tie rule needs a stable sort."""
# Mistake: picks the top k with np.argpartition, then sorts them: the k-th place of a large
# tie goes to arbitrary items.
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
    top = np.argpartition(-sims[others], k - 1)[:k]
    top = top[np.argsort(-sims[others][top], kind="stable")]
    order = others[top]
    return order, sims[order]
