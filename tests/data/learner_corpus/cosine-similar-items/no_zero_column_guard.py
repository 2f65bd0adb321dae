"""wrong: divides by the product of norms without handling all-zero columns, so an unrated item gets nan (0/0) instead of similarity 0 and is ranked wrongly."""
import numpy as np


def similar_items(R, item, k):
    """The k items most similar to `item` (cosine similarity of the columns of R), excluding
    `item` itself, by decreasing similarity; equal similarities: lower index first.
    A column of zeros has similarity 0 with everything. Returns (indices, similarities)."""
    R = np.asarray(R, dtype=float)
    norms = np.linalg.norm(R, axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        sims = (R.T @ R[:, item]) / (norms * norms[item])
    others = np.array([j for j in range(R.shape[1]) if j != item])
    order = others[np.argsort(-sims[others], kind="stable")][:k]
    return [int(j) for j in order], sims[order]
