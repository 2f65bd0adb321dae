"""When a window holds its maximum twice, your index seems to point at the last occurrence. On a tie the first maximum in row-major order wins: the smallest row, then the smallest column."""
# Mistake: keeps a running maximum with >=, so a later equal value replaces the earlier one
# and the LAST maximum in row-major order wins ties.
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
                r, q = 0, 0
                for a in range(window.shape[0]):
                    for e in range(window.shape[1]):
                        if window[a, e] >= window[r, q]:
                            r, q = a, e
                pooled[c, i, j] = window[r, q]
                index[c, i, j] = (top + r) * W + (left + q)
    return pooled, index
