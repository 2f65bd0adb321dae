"""Your gradient seems to carry an extra factor p(1 - p): with the cross-entropy loss that factor cancels against dL/dp, leaving just p - y per example."""
# Mistake: multiplies the error by sigmoid'(t) = p (1 - p) again, as one would for a squared
# error on p; with the cross-entropy loss that factor has already cancelled.
import numpy as np


def logistic_gradient(w, b, X, y):
    X = np.asarray(X, dtype=float)
    p = 1.0 / (1.0 + np.exp(-(X @ np.asarray(w, dtype=float) + b)))
    r = (p - np.asarray(y, dtype=float)) * p * (1 - p)
    return X.T @ r / len(r), float(np.mean(r))
