"""Your coefficients seem shrunk too much, as if the squared errors were averaged (divided by n) rather than summed. This objective is a plain sum plus lambda|w|^2."""
# Mistake: uses the MEAN squared error (1/n) * sum(...) + lam * |w|^2 instead of the sum, so
# the penalty is effectively n times stronger than specified.
import numpy as np


def ridge_fit(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    w = np.linalg.solve(Xc.T @ Xc / n + lam * np.eye(p), Xc.T @ yc / n)
    return w, float(y_mean - x_mean @ w)
