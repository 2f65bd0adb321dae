"""It looks like you add the entries of u and v together. The dot product multiplies entries in the same position, u_i times v_i, and then adds those products."""
# Mistake: adds the vectors instead of multiplying them, then sums: sum(u + v).
import numpy as np


def dot(u, v):
    return float(np.sum(np.asarray(u, dtype=float) + np.asarray(v, dtype=float)))
