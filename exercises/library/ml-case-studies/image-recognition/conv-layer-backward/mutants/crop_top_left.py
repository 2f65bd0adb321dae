"""Your dX seems to be cut from the wrong part of the padded gradient. The real pixels sit inside a frame of p rows and columns on every side: keep rows p .. p + H - 1 and columns p .. p + W - 1."""
# Mistake: crops the padded gradient at its top-left corner, dXp[:, :H, :W], instead of
# removing the frame on every side.
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
    dX = dXp[:, :height, :width]
    db = dY.sum(axis=(1, 2))
    return dX, dW, db
