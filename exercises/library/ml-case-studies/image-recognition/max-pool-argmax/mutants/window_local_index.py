"""Your indices seem to count positions inside each window, from 0 to k*k - 1. The index locates the winner in the whole channel: row * W + column, with the row and column of the input map."""
# Mistake: returns the argmax inside the window, not the position in the input map.
import numpy as np


def max_pool(X, size, stride):
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
                k = int(np.argmax(window))
                r, q = divmod(k, size)
                pooled[c, i, j] = window[r, q]
                index[c, i, j] = k
    return pooled, index
