"""wrong: back-propagates through the hidden layer as if it were linear, using delta1 = delta2 W2^T without the factor 1 - A1**2."""
import numpy as np


def two_layer_backprop(X, Y, W1, b1, W2, b2):
    """Gradients (dW1, db1, dW2, db2) of L = 1/(2n) ||tanh(X W1 + b1) W2 + b2 - Y||^2."""
    n = X.shape[0]
    Z1 = X @ W1 + b1
    A1 = np.tanh(Z1)
    Yhat = A1 @ W2 + b2
    d2 = (Yhat - Y) / n
    dW2 = A1.T @ d2
    db2 = d2.sum(axis=0)
    d1 = d2 @ W2.T
    dW1 = X.T @ d1
    db1 = d1.sum(axis=0)
    return dW1, db1, dW2, db2
