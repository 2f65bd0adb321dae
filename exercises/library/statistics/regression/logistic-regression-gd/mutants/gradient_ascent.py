"""Your weights seem to climb the loss: gradient descent subtracts lr times the gradient (1/n) A^T (p - y), since the gradient points uphill."""
# Mistake: adds the gradient (w + lr * grad), climbing the loss instead of descending it.
import numpy as np


def logistic_regression_gd(X, y, lr, steps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(A.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        w = w + lr * A.T @ (p - y) / len(y)
    return w
