import numpy as np


def mse_gradients(m, b, X, Y):
    """Return (dE/dm, dE/db) for E = 1/(2n) * sum((m*X + b - Y)**2)."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    # TODO: compute the two partial derivatives.
    dE_dm = 0.0
    dE_db = 0.0
    return dE_dm, dE_db
