import numpy as np


def similar_items(R, item, k):
    """The k items most similar to `item` (cosine similarity of the columns of R), excluding
    `item` itself, by decreasing similarity; equal similarities: lower index first.
    A column of zeros has similarity 0 with everything. Returns (indices, similarities)."""
    R = np.asarray(R, dtype=float)
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
