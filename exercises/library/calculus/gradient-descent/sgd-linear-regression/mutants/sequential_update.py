"""Your bias update seems to use residuals computed after w had already moved: compute the batch residuals once, at the current (w, b), and update both from them."""
# Mistake: not simultaneous: the bias gradient is computed with the already updated weights.
import numpy as np


def sgd_linear_regression(X, y, w0, b0, learning_rate, batches):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.array(w0, dtype=float), float(b0)
    for idx in batches:
        idx = np.asarray(idx, dtype=int)
        r = X[idx] @ w + b - y[idx]
        w = w - learning_rate * X[idx].T @ r / len(idx)
        r = X[idx] @ w + b - y[idx]
        b = b - learning_rate * np.mean(r)
    return w, b
