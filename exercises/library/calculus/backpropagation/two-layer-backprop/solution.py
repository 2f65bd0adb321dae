import numpy as np


def two_layer_backprop(X, Y, W1, b1, W2, b2):
    """Gradients (dW1, db1, dW2, db2) of L = 1/(2n) ||tanh(X W1 + b1) W2 + b2 - Y||^2."""
    n = X.shape[0]
    # forward pass
    Z1 = X @ W1 + b1
    A1 = np.tanh(Z1)
    Y_hat = A1 @ W2 + b2
    # backward pass
    delta2 = (Y_hat - Y) / n            # dL/dY_hat
    dW2 = A1.T @ delta2
    db2 = delta2.sum(axis=0)
    dA1 = delta2 @ W2.T                 # back through the linear layer
    delta1 = dA1 * (1.0 - A1**2)        # back through tanh
    dW1 = X.T @ delta1
    db1 = delta1.sum(axis=0)
    return dW1, db1, dW2, db2
