"""You seem to add up the absolute values of the entries (the taxicab length). The Euclidean length is the square root of the sum of the squared entries."""
# Mistake: adds up the absolute values (the L1 "taxicab" norm) instead of the Euclidean length.
import numpy as np


def vector_norm(v):
    return float(np.sum(np.abs(np.asarray(v, dtype=float))))
