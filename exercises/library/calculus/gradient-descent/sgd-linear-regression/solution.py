import numpy as np


def sgd_linear_regression(X, y, w0, b0, learning_rate, batches):
    """One gradient step on the halved mean squared error of each mini-batch, in order."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)     # a float copy: w0 is never modified
    b = float(b0)
    for idx in batches:
        idx = np.asarray(idx, dtype=int)
        XB, yB = X[idx], y[idx]
        r = XB @ w + b - yB
        grad_w = XB.T @ r / len(idx)
        grad_b = np.mean(r)
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    return w, float(b)
