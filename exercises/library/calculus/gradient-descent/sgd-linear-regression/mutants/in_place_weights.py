"""Your w may be right, but the starting weights w0 you were given seem to have changed: update your own copy and leave w0 untouched."""
# Mistake: np.asarray does not copy a float array, and w -= ... then changes the caller's w0.
import numpy as np


def sgd_linear_regression(X, y, w0, b0, learning_rate, batches):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.asarray(w0, dtype=float), float(b0)
    for idx in batches:
        idx = np.asarray(idx, dtype=int)
        r = X[idx] @ w + b - y[idx]
        w -= learning_rate * X[idx].T @ r / len(idx)
        b -= learning_rate * np.mean(r)
    return w, b
