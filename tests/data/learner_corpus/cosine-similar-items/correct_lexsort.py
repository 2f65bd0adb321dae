"""correct: normalises all columns at once (zero columns stay zero), masks the query with -inf and orders with np.lexsort on (index, -similarity)."""
import numpy as np


def similar_items(R, item, k):
    """The k items most similar to `item` (cosine similarity of the columns of R), excluding
    `item` itself, by decreasing similarity; equal similarities: lower index first.
    A column of zeros has similarity 0 with everything. Returns (indices, similarities)."""
    R = np.asarray(R, dtype=float)
    norms = np.linalg.norm(R, axis=0)
    safe = np.where(norms > 0, norms, 1.0)
    N = R / safe
    sims = N.T @ N[:, item]
    ranked = sims.copy()
    ranked[item] = -np.inf
    m = R.shape[1]
    order = np.lexsort((np.arange(m), -ranked))[:k]
    return order.tolist(), sims[order]
