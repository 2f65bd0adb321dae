"""Your dX seems to send back the filters rotated by 180 degrees. Each output position sends dY[o, i, j] * W[o] back onto its window as it is: the entry that multiplied X_p[c, i*s + a, j*s + e] is W[o, c, a, e]."""
# Mistake: flips the kernel when sending the gradient back (computes the full
# cross-correlation of dY with W instead of the full convolution).
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
            dXp[:, rows, cols] += np.tensordot(g, W[:, :, ::-1, ::-1], axes=1)
    dX = dXp[:, p:p + height, p:p + width]
    db = dY.sum(axis=(1, 2))
    return dX, dW, db
