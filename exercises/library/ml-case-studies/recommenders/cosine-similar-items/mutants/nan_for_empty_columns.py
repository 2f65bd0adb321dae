"""An item nobody rated seems to get an undefined similarity (0/0) and drop to the end. By convention an all-zero column has similarity exactly 0 with everything."""
# Mistake: divides without guarding against a zero norm, so an item nobody rated gets
# similarity nan (0/0) instead of 0, and nan sorts last.
import numpy as np


def similar_items(R, item, k):
    R = np.asarray(R, dtype=float)
    target = R[:, item]
    norms = np.linalg.norm(R, axis=0)
    dots = R.T @ target
    denom = norms * norms[item]
    with np.errstate(invalid="ignore", divide="ignore"):
        sims = dots / denom
    others = np.array([j for j in range(R.shape[1]) if j != item])
    order = others[np.argsort(-sims[others], kind="stable")][:k]
    return order, sims[order]
