"""correct: loops over the n examples, back-propagating one row at a time with np.outer and summing the per-example gradients divided by n."""
import numpy as np


def two_layer_backprop(X, Y, W1, b1, W2, b2):
    """Gradients (dW1, db1, dW2, db2) of L = 1/(2n) ||tanh(X W1 + b1) W2 + b2 - Y||^2."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    n = X.shape[0]
    dW1 = np.zeros(np.shape(W1))
    db1 = np.zeros(np.shape(b1))
    dW2 = np.zeros(np.shape(W2))
    db2 = np.zeros(np.shape(b2))
    for i in range(n):
        x, y = X[i], Y[i]
        a1 = np.tanh(x @ W1 + b1)
        yhat = a1 @ W2 + b2
        g2 = (yhat - y) / n
        dW2 += np.outer(a1, g2)
        db2 += g2
        g1 = (W2 @ g2) * (1.0 - a1 * a1)
        dW1 += np.outer(x, g1)
        db1 += g1
    return dW1, db1, dW2, db2
