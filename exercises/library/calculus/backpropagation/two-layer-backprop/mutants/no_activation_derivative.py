"""Your dW1 and db1 seem to treat the hidden layer as if it were linear: going back through tanh, the signal must be multiplied elementwise by its derivative, 1 - A1^2."""
# Mistake: forgets to multiply by the derivative of tanh on the way back, treating the hidden
# layer as if it were linear.
import numpy as np


def two_layer_backprop(X, Y, W1, b1, W2, b2):
    n = X.shape[0]
    A1 = np.tanh(X @ W1 + b1)
    delta2 = (A1 @ W2 + b2 - Y) / n
    delta1 = delta2 @ W2.T
    return X.T @ delta1, delta1.sum(axis=0), A1.T @ delta2, delta2.sum(axis=0)
