"""It looks like you used the raw score t = x·w + b where the probability p = sigmoid(t) belongs: the error signal is p - y, not t - y (that would be the least-squares gradient)."""
# Mistake: uses the raw score t instead of the probability sigmoid(t) in the error signal,
# which is the gradient of a least-squares (linear regression) loss.
import numpy as np


def logistic_gradient(w, b, X, y):
    X = np.asarray(X, dtype=float)
    r = X @ np.asarray(w, dtype=float) + b - np.asarray(y, dtype=float)
    return X.T @ r / len(r), float(np.mean(r))
