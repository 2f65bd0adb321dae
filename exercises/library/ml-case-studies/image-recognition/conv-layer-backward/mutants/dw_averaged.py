"""Your dW and db look divided by the number of output positions. The loss receives each output separately, so the gradients add the contributions of all positions, without averaging."""
# Mistake: divides dW and db by the number of output positions (averages instead of sums).
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
    dW = dW / (out_h * out_w)
    db = dY.sum(axis=(1, 2)) / (out_h * out_w)
    return dX, dW, db
