"""You seem to return min(m, n) for every matrix, the largest possible rank. Dependent rows or columns lower the rank, so you need to actually count the independent directions."""
# Mistake: assumes every matrix has the largest possible rank, min(m, n).
import numpy as np


def rank(A):
    return int(min(np.asarray(A).shape))
