"""Runs a fixed 2000 gradient steps with learning rate 0.5 instead of iterating until the gradient vanishes (statement: fitted to convergence, within 1e-3 of the minimiser)."""
import numpy as np


def fit_logistic_l2(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(A.shape[1])
    mask = np.r_[0.0, np.ones(A.shape[1] - 1)]
    for _ in range(2000):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        w = w - 0.5 * (A.T @ (p - y) / len(y) + lam * mask * w)
    return w
