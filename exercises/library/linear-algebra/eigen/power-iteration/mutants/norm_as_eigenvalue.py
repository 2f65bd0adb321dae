"""Your eigenvalue seems to lose its sign when the dominant eigenvalue is negative, as |Ax| would. The Rayleigh quotient x^T A x of a unit eigenvector keeps the sign."""
# Mistake: takes |A x| as the eigenvalue. That is |lambda|: the sign of a negative dominant
# eigenvalue is lost.
import numpy as np


def power_iteration(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    x = np.ones(n) / np.sqrt(n)
    for _ in range(10_000):
        y = A @ x
        x_new = y / np.linalg.norm(y)
        done = min(np.linalg.norm(x_new - x), np.linalg.norm(x_new + x)) < 1e-12
        x = x_new
        if done:
            break
    return float(np.linalg.norm(A @ x)), x
