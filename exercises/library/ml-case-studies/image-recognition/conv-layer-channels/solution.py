import numpy as np


def conv_layer(X, W, b, padding, stride):
    """The forward pass of a convolution layer (cross-correlation, as in CNN libraries).
    X: (C_in, H, W) input channels; W: (C_out, C_in, kh, kw) filters; b: (C_out,) biases.
    Output Y: (C_out, H_out, W_out) with
        Y[o, i, j] = b[o] + sum over c, a, b' of Xp[c, i*s + a, j*s + b'] * W[o, c, a, b'],
    where Xp is X zero-padded in its two spatial axes only."""
    X = np.asarray(X, dtype=float)
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    c_out, _, kh, kw = W.shape
    p, s = padding, stride
    Xp = np.pad(X, ((0, 0), (p, p), (p, p)))      # never pad the channel axis
    out_h = (Xp.shape[1] - kh) // s + 1
    out_w = (Xp.shape[2] - kw) // s + 1
    Y = np.zeros((c_out, out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            window = Xp[:, i * s:i * s + kh, j * s:j * s + kw]        # (C_in, kh, kw)
            # each filter meets the whole window, every input channel at once
            Y[:, i, j] = np.sum(W * window, axis=(1, 2, 3)) + b
    return Y
