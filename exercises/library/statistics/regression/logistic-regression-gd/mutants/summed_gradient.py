"""Your steps look n times too large: J is the mean cross-entropy over the n examples, so its gradient carries the factor 1/n."""
# Mistake: the gradient of the SUM of the losses (no division by n): steps n times too large.
import numpy as np


def logistic_regression_gd(X, y, lr, steps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(A.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        w = w - lr * A.T @ (p - y)
    return w
