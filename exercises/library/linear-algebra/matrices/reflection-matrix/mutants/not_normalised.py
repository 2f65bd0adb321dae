"""You seem to use the first column b without making it unit length, so 2bb^T - I is only right when |b| = 1. Either normalise b or divide by b^T b."""
# Mistake: uses the first column b as it is, 2 b b^T - I, without normalising it to unit length.
import numpy as np


def reflection_matrix(basis):
    b = np.asarray(basis, dtype=float)[:, 0]
    return 2.0 * np.outer(b, b) - np.eye(2)
