"""Your bias seems to be added once for every input channel. The input channels are summed first; the bias b[o] is added once per output value."""
# Mistake: adds the bias inside the loop over input channels, so it counts C_in times.
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
                for c in range(c_in):
                    Y[o, i, j] += np.sum(W[o, c] * window[c]) + b[o]
    return Y
