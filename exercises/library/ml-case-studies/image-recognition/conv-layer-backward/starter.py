import numpy as np


def conv_backward(X, W, dY, padding, stride):
    """The backward pass of the convolution layer Y = conv_layer(X, W, b, padding, stride)
    (cross-correlation, zero padding, stride). Given dY = dL/dY of shape (C_out, H_out, W_out),
    returns (dX, dW, db) = (dL/dX, dL/dW, dL/db), shaped like X, W and b."""
    X = np.asarray(X, dtype=float)
    W = np.asarray(W, dtype=float)
    dY = np.asarray(dY, dtype=float)
    # TODO: for every output position, add its window (times dY) into dW, and send
    # dY times the filters back onto the window in a padded dX; then drop the padding.
    return np.zeros_like(X), np.zeros_like(W), np.zeros(W.shape[0])
