"""Your model seems to plug in the points x themselves instead of the steps d = x - x0 from the expansion point; the two only agree when x0 = 0."""
# Mistake: plugs the points x themselves into the model instead of the steps x - x0.
import numpy as np


def quadratic_model(f0, g, H, x0, X):
    D = np.asarray(X, dtype=float)
    return f0 + D @ np.asarray(g) + 0.5 * np.sum((D @ np.asarray(H)) * D, axis=1)
