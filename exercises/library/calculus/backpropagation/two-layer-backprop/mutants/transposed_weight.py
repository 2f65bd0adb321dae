"""Your dW1 and db1 look as if the error went back through W2 instead of its transpose: dL/dA1 = delta2 W2^T. Compare the shapes: it must be n x h."""
# Mistake: propagates back through the output layer with W2 instead of W2.T
# (silently wrong when W2 is square, a shape error otherwise).
import numpy as np


def two_layer_backprop(X, Y, W1, b1, W2, b2):
    n = X.shape[0]
    A1 = np.tanh(X @ W1 + b1)
    delta2 = (A1 @ W2 + b2 - Y) / n
    delta1 = (delta2 @ W2) * (1 - A1**2)
    return X.T @ delta1, delta1.sum(axis=0), A1.T @ delta2, delta2.sum(axis=0)
