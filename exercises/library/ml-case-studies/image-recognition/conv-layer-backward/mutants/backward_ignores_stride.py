"""Your dX and dW seem to use windows that move one pixel at a time, as if the stride were 1. In the backward pass, output (i, j) still belongs to the window starting at row i*s and column j*s."""
# Mistake: forgets the stride in the backward pass: the window of output (i, j) is taken at
# (i, j) instead of (i*s, j*s).
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
            rows = slice(i, i + kh)
            cols = slice(j, j + kw)
            g = dY[:, i, j]
            dW += g[:, None, None, None] * Xp[None, :, rows, cols]
            dXp[:, rows, cols] += np.tensordot(g, W, axes=1)
    dX = dXp[:, p:p + height, p:p + width]
    db = dY.sum(axis=(1, 2))
    return dX, dW, db
