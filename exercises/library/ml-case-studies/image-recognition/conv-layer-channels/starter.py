import numpy as np


def conv_layer(X, W, b, padding, stride):
    """The forward pass of a convolution layer (cross-correlation, as in CNN libraries).
    X: (C_in, H, W) input channels; W: (C_out, C_in, kh, kw) filters; b: (C_out,) biases.
    Output Y: (C_out, H_out, W_out)."""
    X = np.asarray(X, dtype=float)
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    # TODO: zero-pad the two spatial axes of X, then for every filter o and output position
    # (i, j), add up window * W[o] over all input channels and both kernel axes, plus b[o].
    return np.zeros((W.shape[0], 1, 1))
