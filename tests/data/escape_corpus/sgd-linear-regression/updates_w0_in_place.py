"""Updates w0 in place when it is a float array (statement: do not modify w0)."""
import numpy as np


def sgd_linear_regression(X, y, w0, b0, learning_rate, batches):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w0, dtype=float)
    b = float(b0)
    for batch in batches:
        idx = np.asarray(batch, dtype=int)
        r = X[idx] @ w + b - y[idx]
        grad_w = X[idx].T @ r / len(idx)
        grad_b = r.mean()
        w -= learning_rate * grad_w
        b -= learning_rate * grad_b
    return w, b
