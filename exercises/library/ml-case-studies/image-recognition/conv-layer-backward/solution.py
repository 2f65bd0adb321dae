import numpy as np


def conv_backward(X, W, dY, padding, stride):
    """The backward pass of the convolution layer Y = conv_layer(X, W, b, padding, stride)
    (cross-correlation, zero padding, stride). Given dY = dL/dY of shape (C_out, H_out, W_out),
    returns (dX, dW, db) = (dL/dX, dL/dW, dL/db), shaped like X, W and b."""
    X = np.asarray(X, dtype=float)
    W = np.asarray(W, dtype=float)
    dY = np.asarray(dY, dtype=float)
    _, height, width = X.shape
    _, _, kh, kw = W.shape
    p, s = padding, stride
    Xp = np.pad(X, ((0, 0), (p, p), (p, p)))
    dXp = np.zeros_like(Xp)
    dW = np.zeros_like(W)
    _, out_h, out_w = dY.shape
    for i in range(out_h):
        for j in range(out_w):
            rows = slice(i * s, i * s + kh)
            cols = slice(j * s, j * s + kw)
            g = dY[:, i, j]                                  # one number per filter
            # Y[:, i, j] = sum(W * window) + b: its window is what it multiplied W by ...
            dW += g[:, None, None, None] * Xp[None, :, rows, cols]
            # ... and W is what it multiplied the window by; overlapping windows add up.
            dXp[:, rows, cols] += np.tensordot(g, W, axes=1)
    dX = dXp[:, p:p + height, p:p + width]       # the padding is constant: drop its share
    db = dY.sum(axis=(1, 2))
    return dX, dW, db
