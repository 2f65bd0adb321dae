"""Your gradient looks like 2Ax + b, which is only right for a symmetric A; x_k appears in both the row and the column sums, giving (A + A^T)x + b."""
# Mistake: uses 2 A x + b, which is only right when A is symmetric.
import numpy as np


def quadratic_gradient(A, b, x):
    A = np.asarray(A, dtype=float)
    return 2 * A @ np.asarray(x, dtype=float) + np.asarray(b, dtype=float)
