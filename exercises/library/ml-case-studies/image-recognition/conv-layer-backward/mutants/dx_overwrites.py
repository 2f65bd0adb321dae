"""Your dX seems to lose contributions where windows overlap, or where several filters send gradient to the same pixel. Every contribution to a pixel must be added to what is already there, not replace it."""
# Mistake: assigns (=) each filter's contribution to the window of dX instead of adding (+=)
# it, so overlapping windows and other filters overwrite each other.
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
            for o in range(W.shape[0]):
                dXp[:, rows, cols] = g[o] * W[o]
    dX = dXp[:, p:p + height, p:p + width]
    db = dY.sum(axis=(1, 2))
    return dX, dW, db
