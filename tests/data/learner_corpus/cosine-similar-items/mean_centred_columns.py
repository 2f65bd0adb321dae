"""wrong: subtracts each column's mean before taking the cosine (a Pearson-style adjusted similarity), which is not the plain cosine of the rating columns."""
import numpy as np


def similar_items(R, item, k):
    """The k items most similar to `item` (cosine similarity of the columns of R), excluding
    `item` itself, by decreasing similarity; equal similarities: lower index first.
    A column of zeros has similarity 0 with everything. Returns (indices, similarities)."""
    R = np.asarray(R, dtype=float)
    C = R - R.mean(axis=0)
    norms = np.linalg.norm(C, axis=0)
    dots = C.T @ C[:, item]
    denom = norms * norms[item]
    sims = np.zeros(R.shape[1])
    ok = denom > 0
    sims[ok] = dots[ok] / denom[ok]
    others = np.array([j for j in range(R.shape[1]) if j != item])
    order = others[np.argsort(-sims[others], kind="stable")][:k]
    return [int(j) for j in order], sims[order]
