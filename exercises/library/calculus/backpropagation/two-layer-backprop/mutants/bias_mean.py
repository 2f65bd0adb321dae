"""Your bias gradients look n times too small: delta already contains the 1/n from the loss, so a bias gradient is the plain sum of delta over the examples, not its average."""
# Mistake: averages the bias gradients over the examples although delta already contains the
# 1/n, so db1 and db2 are n times too small.
import numpy as np


def two_layer_backprop(X, Y, W1, b1, W2, b2):
    n = X.shape[0]
    A1 = np.tanh(X @ W1 + b1)
    delta2 = (A1 @ W2 + b2 - Y) / n
    delta1 = (delta2 @ W2.T) * (1 - A1**2)
    return X.T @ delta1, delta1.mean(axis=0), A1.T @ delta2, delta2.mean(axis=0)
