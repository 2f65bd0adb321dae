# Mistake: adds the vectors instead of multiplying them, then sums: sum(u + v).
import numpy as np


def dot(u, v):
    return float(np.sum(np.asarray(u, dtype=float) + np.asarray(v, dtype=float)))
