"""Your derivatives look to have the opposite sign: the residual is prediction minus target, m X_i + b - Y_i, so a line that is too high gives a positive gradient."""
# Mistake: uses target minus prediction (Y - y_hat) as the residual, which flips
# the sign of the gradient (gradient descent would then climb the error).
import numpy as np


def mse_gradients(m, b, X, Y):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    r = Y - (m * X + b)
    return np.mean(r * X), np.mean(r)
