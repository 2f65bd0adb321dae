"""In windows where every value is negative, you seem to report 0. The maximum of a window is one of its own entries: start the running maximum from the window's first entry, not from 0."""
# Mistake: starts the running maximum at 0, so a window of negative values reports 0 (at its
# top-left corner) instead of its largest entry.
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
                best, r, q = 0.0, 0, 0
                for a in range(size):
                    for e in range(size):
                        if window[a, e] > best:
                            best, r, q = window[a, e], a, e
                pooled[c, i, j] = best
                index[c, i, j] = (top + r) * W + (left + q)
    return pooled, index
