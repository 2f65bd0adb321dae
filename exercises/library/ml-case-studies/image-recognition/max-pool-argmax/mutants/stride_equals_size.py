"""Your windows seem to move by their own size, whatever the stride. The window of output (i, j) starts at row i*s and column j*s, which overlaps the previous one when s < k and leaves a gap when s > k."""
# Mistake: moves the window by `size` instead of `stride` (and sizes the output that way).
import numpy as np


def max_pool(X, size, stride):
    X = np.asarray(X, dtype=float)
    C, H, W = X.shape
    out_h = (H - size) // size + 1
    out_w = (W - size) // size + 1
    pooled = np.zeros((C, out_h, out_w))
    index = np.zeros((C, out_h, out_w), dtype=int)
    for c in range(C):
        for i in range(out_h):
            for j in range(out_w):
                top, left = i * size, j * size
                window = X[c, top:top + size, left:left + size]
                k = int(np.argmax(window))
                r, q = divmod(k, size)
                pooled[c, i, j] = window[r, q]
                index[c, i, j] = (top + r) * W + (left + q)
    return pooled, index
