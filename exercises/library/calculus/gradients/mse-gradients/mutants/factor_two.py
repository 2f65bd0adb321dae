"""Both of your derivatives seem twice too large: differentiating the square brings down a 2, but the 1/2 in E = (1/(2n)) times the sum of squares cancels it."""
# Mistake: keeps the 2 from differentiating the square but forgets that the 1/2 in
# E = 1/(2n) sum(...) cancels it, so both derivatives come out twice as large.
import numpy as np


def mse_gradients(m, b, X, Y):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    r = m * X + b - Y
    return 2 * np.mean(r * X), 2 * np.mean(r)
