"""Penalises the intercept along with the slopes (statement: the intercept w_0 is not penalised)."""
import numpy as np


def fit_logistic_l2(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.hstack([np.ones((X.shape[0], 1)), X])
    n, k = A.shape
    w = np.zeros(k)
    for _ in range(100):
        p = 1 / (1 + np.exp(-A @ w))
        g = A.T @ (p - y) / n + lam * w
        H = A.T @ (A * (p * (1 - p))[:, None]) / n + lam * np.eye(k)
        step = np.linalg.solve(H, g)
        w = w - step
        if np.abs(g).max() < 1e-10:
            break
    return w
