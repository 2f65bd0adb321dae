"""correct: computes each other column's cosine in a loop (0 for a zero column) and sorts the (index, similarity) pairs with the key (-similarity, index)."""
import numpy as np


def similar_items(R, item, k):
    """The k items most similar to `item` (cosine similarity of the columns of R), excluding
    `item` itself, by decreasing similarity; equal similarities: lower index first.
    A column of zeros has similarity 0 with everything. Returns (indices, similarities)."""
    R = np.asarray(R, dtype=float)
    q = R[:, item]
    q_norm = np.linalg.norm(q)
    scored = []
    for j in range(R.shape[1]):
        if j == item:
            continue
        c = R[:, j]
        c_norm = np.linalg.norm(c)
        sim = float(q @ c / (q_norm * c_norm)) if q_norm > 0 and c_norm > 0 else 0.0
        scored.append((j, sim))
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    top = scored[:k]
    return [j for j, _ in top], [s for _, s in top]
