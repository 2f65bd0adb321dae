import numpy as np


def max_pool(X, size, stride):
    """Max pooling of every channel of X (shape (C, H, W)) with a size x size window moved
    `stride` pixels at a time, no padding.
    Returns (pooled, index), both of shape (C, H_out, W_out): the window maxima, and where
    each maximum sits in its channel as the flat index row * W + column (the first maximum
    in row-major order on a tie)."""
    X = np.asarray(X, dtype=float)
    C, H, W = X.shape
    out_h = (H - size) // stride + 1
    out_w = (W - size) // stride + 1
    pooled = np.zeros((C, out_h, out_w))
    index = np.zeros((C, out_h, out_w), dtype=int)
    # TODO: for every channel and output position, find the window's maximum and the
    # position of its first occurrence in row-major order.
    return pooled, index
