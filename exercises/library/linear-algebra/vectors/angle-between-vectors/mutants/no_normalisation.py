# Mistake: takes arccos of the raw dot product, forgetting to divide by the lengths
# (clipping hides the resulting out-of-range values).
import numpy as np


def angle(u, v):
    c = np.dot(np.asarray(u, dtype=float), np.asarray(v, dtype=float))
    return float(np.arccos(np.clip(c, -1.0, 1.0)))
