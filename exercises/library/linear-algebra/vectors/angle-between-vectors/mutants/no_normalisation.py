"""You seem to take the arccos of the raw dot product u·v. Divide it by both lengths first, so you get a true cosine between -1 and 1 that ignores the vectors' sizes."""
# Mistake: takes arccos of the raw dot product, forgetting to divide by the lengths
# (clipping hides the resulting out-of-range values).
import numpy as np


def angle(u, v):
    c = np.dot(np.asarray(u, dtype=float), np.asarray(v, dtype=float))
    return float(np.arccos(np.clip(c, -1.0, 1.0)))
