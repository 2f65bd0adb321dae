"""Your db looks like the mean of dY over the positions of each channel. The bias is added at every position, so its gradient is the sum of dY over them."""
# Mistake: averages dY over the positions for the bias gradient.
import numpy as np


def conv_backward(X, W, dY, padding, stride):
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
            g = dY[:, i, j]
            dW += g[:, None, None, None] * Xp[None, :, rows, cols]
            dXp[:, rows, cols] += np.tensordot(g, W, axes=1)
    dX = dXp[:, p:p + height, p:p + width]
    db = dY.mean(axis=(1, 2))
    return dX, dW, db
