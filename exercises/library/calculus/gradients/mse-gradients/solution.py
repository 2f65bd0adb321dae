import numpy as np


def mse_gradients(m, b, X, Y):
    """Return (dE/dm, dE/db) for E = 1/(2n) * sum((m*X + b - Y)**2)."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    residual = m * X + b - Y          # prediction minus target
    dE_dm = float(np.mean(residual * X))
    dE_db = float(np.mean(residual))
    return dE_dm, dE_db
