# Mistake: uses the first column b as it is, 2 b b^T - I, without normalising it to unit length.
import numpy as np


def reflection_matrix(basis):
    b = np.asarray(basis, dtype=float)[:, 0]
    return 2.0 * np.outer(b, b) - np.eye(2)
