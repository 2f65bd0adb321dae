"""Takes arccos of the raw cosine, which rounding can push just past +-1 for parallel vectors, giving nan (a classic: clip to [-1, 1])."""
import numpy as np


def angle(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    with np.errstate(invalid="ignore"):
        return float(np.arccos(np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))))
