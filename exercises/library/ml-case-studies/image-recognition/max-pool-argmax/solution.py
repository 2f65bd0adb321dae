import numpy as np


def max_pool(X, size, stride):
    """Max pooling of every channel of X (shape (C, H, W)) with a size x size window moved
    `stride` pixels at a time, no padding.
    Returns (pooled, index), both of shape (C, H_out, W_out) with
    H_out = (H - size) // stride + 1: pooled holds the window maxima; index holds where
    each maximum sits in its channel, as the flat index row * W + column. On a tie the first
    maximum in row-major order wins (the smallest row, then the smallest column)."""
    X = np.asarray(X, dtype=float)
    C, H, W = X.shape
    out_h = (H - size) // stride + 1
    out_w = (W - size) // stride + 1
    pooled = np.zeros((C, out_h, out_w))
    index = np.zeros((C, out_h, out_w), dtype=int)
    for c in range(C):
        for i in range(out_h):
            for j in range(out_w):
                top, left = i * stride, j * stride
                window = X[c, top:top + size, left:left + size]
                k = int(np.argmax(window))     # row-major, and the FIRST maximum on a tie
                r, q = divmod(k, size)         # its row and column inside the window
                pooled[c, i, j] = window[r, q]
                index[c, i, j] = (top + r) * W + (left + q)
    return pooled, index
