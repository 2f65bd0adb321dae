"""Your results seem right for the mean squared error only: some tests use other errors, so call the functions dEdm and dEdb you are given instead of writing the derivatives yourself."""
# Mistake: ignores dEdm and dEdb and uses its own mean-squared-error derivatives.
import numpy as np


def gradient_descent(dEdm, dEdb, m, b, X, Y, learning_rate, num_iterations):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    for _ in range(num_iterations):
        r = m * X + b - Y
        m, b = m - learning_rate * np.mean(r * X), b - learning_rate * np.mean(r)
    return float(m), float(b)
