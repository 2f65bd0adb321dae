"""Your result seems to turn into nan when the gradient is exactly zero (e.g. already at the optimum): alpha would then be 0/0, so stop instead of taking that step."""
# Mistake: no check for an exactly zero gradient, so alpha = 0/0 = nan poisons w when the
# start is already optimal.
import numpy as np


def steepest_descent_fit(X, y, num_iterations):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    with np.errstate(invalid="ignore", divide="ignore"):
        for _ in range(num_iterations):
            g = X.T @ (X @ w - y)
            Xg = X @ g
            w = w - (g @ g) / (Xg @ Xg) * g
    return w
