"""Copies x without converting to float, so integer points cannot move by h (statement: x may be integers)."""
import numpy as np


def numerical_gradient(f, x, h):
    base = np.array(x)
    grad = np.zeros(base.size)
    for i in range(base.size):
        xp = base.copy()
        xm = base.copy()
        xp[i] = xp[i] + h
        xm[i] = xm[i] - h
        with np.errstate(invalid="ignore", divide="ignore"):
            grad[i] = (f(xp) - f(xm)) / (xp[i] - xm[i])
    return grad
