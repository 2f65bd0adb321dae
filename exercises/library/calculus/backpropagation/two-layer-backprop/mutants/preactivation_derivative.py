"""Your tanh derivative looks like 1 - Z1^2; the derivative is 1 - tanh(Z1)^2 = 1 - A1^2, the squared activation, not the squared pre-activation."""
# Mistake: evaluates the tanh derivative as 1 - Z1**2 (with the pre-activation) instead of
# 1 - tanh(Z1)**2 = 1 - A1**2.
import numpy as np


def two_layer_backprop(X, Y, W1, b1, W2, b2):
    n = X.shape[0]
    Z1 = X @ W1 + b1
    A1 = np.tanh(Z1)
    delta2 = (A1 @ W2 + b2 - Y) / n
    delta1 = (delta2 @ W2.T) * (1 - Z1**2)
    return X.T @ delta1, delta1.sum(axis=0), A1.T @ delta2, delta2.sum(axis=0)
