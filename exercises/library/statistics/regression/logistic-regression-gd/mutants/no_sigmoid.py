"""Your updates look like least-squares steps, with the score Aw where the probability p = sigmoid(Aw) belongs in the gradient (1/n) A^T (p - y)."""
# Mistake: uses the linear score A w in place of the probability sigmoid(A w) in the gradient
# (the least-squares gradient).
import numpy as np


def logistic_regression_gd(X, y, lr, steps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(A.shape[1])
    for _ in range(steps):
        w = w - lr * A.T @ (A @ w - y) / len(y)
    return w
