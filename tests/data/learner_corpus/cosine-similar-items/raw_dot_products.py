"""wrong: ranks and returns the raw dot products r_a . r_b, forgetting to divide by the two column norms."""
import numpy as np


def similar_items(R, item, k):
    """The k items most similar to `item` (cosine similarity of the columns of R), excluding
    `item` itself, by decreasing similarity; equal similarities: lower index first.
    A column of zeros has similarity 0 with everything. Returns (indices, similarities)."""
    R = np.asarray(R, dtype=float)
    sims = R.T @ R[:, item]
    others = np.array([j for j in range(R.shape[1]) if j != item])
    order = others[np.argsort(-sims[others], kind="stable")][:k]
    return [int(j) for j in order], sims[order]
