"""Your weights seem not to have converged yet: keep iterating until the gradient is essentially zero (say below 10^-8), or use Newton's method, which gets there in a few steps."""
# Mistake: correct gradient, but only 100 gradient-descent steps with a small learning rate:
# the iteration stops far from the minimum.
import numpy as np


def fit_logistic_l2(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(y)), X])
    penalty = np.full(A.shape[1], float(lam))
    penalty[0] = 0.0
    w = np.zeros(A.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        w = w - 0.1 * (A.T @ (p - y) / len(y) + penalty * w)
    return w
