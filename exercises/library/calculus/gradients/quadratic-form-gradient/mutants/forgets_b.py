# Mistake: drops the gradient b of the linear term.
import numpy as np


def quadratic_gradient(A, b, x):
    A = np.asarray(A, dtype=float)
    return (A + A.T) @ np.asarray(x, dtype=float)
