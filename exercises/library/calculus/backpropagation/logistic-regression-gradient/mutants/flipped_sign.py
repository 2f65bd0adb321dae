"""Your gradient looks like it has the opposite sign: the error signal per example is p - y (prediction minus label), and the gradient must point uphill in the loss."""
# Mistake: uses y - p instead of p - y, so the "gradient" points downhill.
import numpy as np


def logistic_gradient(w, b, X, y):
    X = np.asarray(X, dtype=float)
    p = 1.0 / (1.0 + np.exp(-(X @ np.asarray(w, dtype=float) + b)))
    r = np.asarray(y, dtype=float) - p
    return X.T @ r / len(r), float(np.mean(r))
