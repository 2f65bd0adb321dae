import numpy as np


def similar_items(R, item, k):
    """The k items most similar to `item` (cosine similarity of the columns of R), excluding
    `item` itself, by decreasing similarity; equal similarities: lower index first.
    A column of zeros has similarity 0 with everything. Returns (indices, similarities)."""
    R = np.asarray(R, dtype=float)
    # TODO: cosine similarity between column `item` and every other column, then the top k.
    indices = [j for j in range(R.shape[1]) if j != item][:k]
    return indices, np.zeros(len(indices))
