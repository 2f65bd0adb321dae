"""Your gradient seems n times too large: the loss is an average over the n examples, so its gradient keeps the factor 1/n."""
# Mistake: sums over the examples instead of averaging (forgets the 1/n of the mean loss).
import numpy as np


def logistic_gradient(w, b, X, y):
    X = np.asarray(X, dtype=float)
    p = 1.0 / (1.0 + np.exp(-(X @ np.asarray(w, dtype=float) + b)))
    r = p - np.asarray(y, dtype=float)
    return X.T @ r, float(np.sum(r))
