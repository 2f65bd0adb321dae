"""Your values seem to mix the points: each point's model should use only its own curvature term d^T H d, but yours seems to add the total over all the points."""
# Mistake: sums the quadratic terms over all points (np.sum without axis=1), adding the
# total curvature of every point to each model value.
import numpy as np


def quadratic_model(f0, g, H, x0, X):
    D = np.asarray(X, dtype=float) - np.asarray(x0, dtype=float)
    return f0 + D @ np.asarray(g) + 0.5 * np.sum((D @ np.asarray(H)) * D)
