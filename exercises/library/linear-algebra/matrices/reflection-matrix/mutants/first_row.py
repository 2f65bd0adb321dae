"""Your mirror line seems to come from the first row of basis. The mirror is spanned by the first column, the first basis vector."""
# Mistake: takes the first ROW of basis, basis[0], instead of the first column.
import numpy as np


def reflection_matrix(basis):
    b = np.asarray(basis, dtype=float)[0]
    u = b / np.linalg.norm(b)
    return 2.0 * np.outer(u, u) - np.eye(2)
