"""Updates w first and computes the intercept's gradient with the new w (statement: one simultaneous update per batch)."""
import numpy as np


def sgd_linear_regression(X, y, w0, b0, learning_rate, batches):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    b = float(b0)
    for batch in batches:
        Xb, yb = X[np.asarray(batch)], y[np.asarray(batch)]
        w = w - learning_rate * Xb.T @ (Xb @ w + b - yb) / len(yb)
        b = b - learning_rate * np.mean(Xb @ w + b - yb)
    return w, b
