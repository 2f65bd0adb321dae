"""You seem to flip the kernels, as a true convolution does. A CNN layer cross-correlates: each kernel is used as it is."""
# Mistake: rotates every kernel by 180 degrees (true convolution).
import numpy as np


def conv_layer(X, W, b, padding, stride):
    X = np.asarray(X, dtype=float)
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    c_out, c_in, kh, kw = W.shape
    p, s = padding, stride
    Xp = np.pad(X, ((0, 0), (p, p), (p, p)))
    out_h = (Xp.shape[1] - kh) // s + 1
    out_w = (Xp.shape[2] - kw) // s + 1
    Y = np.zeros((c_out, out_h, out_w))
    for o in range(c_out):
        for i in range(out_h):
            for j in range(out_w):
                window = Xp[:, i * s:i * s + kh, j * s:j * s + kw]
                Y[o, i, j] = np.sum(W[o, :, ::-1, ::-1] * window) + b[o]
    return Y
