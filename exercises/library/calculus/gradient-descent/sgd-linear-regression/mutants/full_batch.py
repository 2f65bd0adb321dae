"""Your steps seem to use the whole data set every time rather than the given mini-batch: each update's gradient uses only the rows listed in that batch."""
# Mistake: ignores the batch indices and uses the whole data set for every step
# (full-batch gradient descent with as many steps as there are batches).
import numpy as np


def sgd_linear_regression(X, y, w0, b0, learning_rate, batches):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.array(w0, dtype=float), float(b0)
    for _ in batches:
        r = X @ w + b - y
        w, b = w - learning_rate * X.T @ r / len(y), b - learning_rate * np.mean(r)
    return w, b
