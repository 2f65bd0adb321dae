import numpy as np


def logistic_regression_gd(X, y, lr, steps):
    """Weights (intercept first) after `steps` gradient-descent updates from zero on the mean cross-entropy."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(A.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))     # predicted probabilities
        grad = A.T @ (p - y) / len(y)          # gradient of the mean cross-entropy
        w = w - lr * grad
    return w
