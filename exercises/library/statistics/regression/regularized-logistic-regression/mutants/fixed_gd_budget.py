"""Your weights seem not to have reached the minimiser on a slowly converging problem (a weak penalty, or features far from 0): a fixed number of gradient steps is not "to convergence". Loop until the gradient is essentially zero (say below 1e-8), or use Newton's method, which gets there in a few steps."""
# Mistake: correct gradient, but a fixed budget of 2000 gradient steps with learning rate 0.5,
# whether or not the gradient has vanished.
import numpy as np


def fit_logistic_l2(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(y)), X])
    penalty = np.full(A.shape[1], float(lam))
    penalty[0] = 0.0
    w = np.zeros(A.shape[1])
    for _ in range(2000):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        w = w - 0.5 * (A.T @ (p - y) / len(y) + penalty * w)
    return w
