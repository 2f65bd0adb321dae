"""Your derivatives seem n times too large: E averages over the n points, so both partial derivatives keep the factor 1/n."""
# Mistake: drops the 1/n, summing over the data instead of averaging.
import numpy as np


def mse_gradients(m, b, X, Y):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    r = m * X + b - Y
    return np.sum(r * X), np.sum(r)
