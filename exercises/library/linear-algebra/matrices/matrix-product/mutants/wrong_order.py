# Mistake: multiplies in the wrong order, BA instead of AB.
import numpy as np


def matmul(A, B):
    return np.asarray(B, dtype=float) @ np.asarray(A, dtype=float)
