"""Your output seems to have its channel axis last, (H_out, W_out, C_out). The layer returns the channels first: shape (C_out, H_out, W_out)."""
# Mistake: stores the output as (H_out, W_out, C_out), the "channels last" layout.
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
    Y = np.zeros((out_h, out_w, c_out))
    for o in range(c_out):
        for i in range(out_h):
            for j in range(out_w):
                window = Xp[:, i * s:i * s + kh, j * s:j * s + kw]
                Y[i, j, o] = np.sum(W[o] * window) + b[o]
    return Y
