"""Your quadratic term looks twice too large: the model is f(x0) + g^T d + (1/2) d^T H d, the 1/2 matching the f''/2 of a one-variable Taylor expansion."""
# Mistake: forgets the 1/2 in front of the quadratic term.
import numpy as np


def quadratic_model(f0, g, H, x0, X):
    D = np.asarray(X, dtype=float) - np.asarray(x0, dtype=float)
    return f0 + D @ np.asarray(g) + np.sum((D @ np.asarray(H)) * D, axis=1)
