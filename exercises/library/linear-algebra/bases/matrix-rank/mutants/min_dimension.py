# Mistake: assumes every matrix has the largest possible rank, min(m, n).
import numpy as np


def rank(A):
    return int(min(np.asarray(A).shape))
