"""Your gradient looks like Ax + b, as if x^T A x were linear in x; it is quadratic, with x appearing twice, which gives (A + A^T)x + b."""
# Mistake: differentiates x^T A x as if it were linear in x, giving A x + b.
import numpy as np


def quadratic_gradient(A, b, x):
    A = np.asarray(A, dtype=float)
    return A @ np.asarray(x, dtype=float) + np.asarray(b, dtype=float)
