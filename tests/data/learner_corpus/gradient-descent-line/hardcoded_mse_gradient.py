"""wrong: ignores the dEdm and dEdb functions it is given and uses its own mean-squared-error gradient formula, which is wrong whenever the tests pass another error (e.g. with a penalty on m)."""
import numpy as np


def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    """Run num_iterations simultaneous gradient-descent updates of (m, b); return (m, b)."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    for _ in range(num_iterations):
        residual = m * X + b - Y
        gm = np.mean(residual * X)
        gb = np.mean(residual)
        m, b = m - learning_rate * gm, b - learning_rate * gb
    return float(m), float(b)
