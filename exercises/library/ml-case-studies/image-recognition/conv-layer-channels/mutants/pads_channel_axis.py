"""Your values seem to come from the wrong channels, as if zero channels had been added in front of the real ones. Pad only the two spatial axes of X: padding all three axes also adds channels of zeros."""
# Mistake: np.pad(X, p) pads all three axes, so Xp[c] is no longer channel c (the first p
# "channels" are zeros); the loop over c then reads the wrong channels.
import numpy as np


def conv_layer(X, W, b, padding, stride):
    X = np.asarray(X, dtype=float)
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    c_out, c_in, kh, kw = W.shape
    p, s = padding, stride
    Xp = np.pad(X, p)
    out_h = (Xp.shape[1] - kh) // s + 1
    out_w = (Xp.shape[2] - kw) // s + 1
    Y = np.zeros((c_out, out_h, out_w))
    for o in range(c_out):
        for i in range(out_h):
            for j in range(out_w):
                total = b[o]
                for c in range(c_in):
                    total += np.sum(Xp[c, i * s:i * s + kh, j * s:j * s + kw] * W[o, c])
                Y[o, i, j] = total
    return Y
