# Mistake: adds up the absolute values (the L1 "taxicab" norm) instead of the Euclidean length.
import numpy as np


def vector_norm(v):
    return float(np.sum(np.abs(np.asarray(v, dtype=float))))
