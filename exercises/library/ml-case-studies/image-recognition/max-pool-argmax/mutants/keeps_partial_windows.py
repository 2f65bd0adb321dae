"""Your output seems to have an extra row or column made of incomplete windows at the border. A window must lie entirely inside the map: the size is floor((H - k) / s) + 1, rounded down."""
# Mistake: rounds the output size up (like ceil_mode=True) and pools the incomplete windows
# at the bottom and right edges.
import numpy as np


def max_pool(X, size, stride):
    X = np.asarray(X, dtype=float)
    C, H, W = X.shape
    out_h = -(-(H - size) // stride) + 1
    out_w = -(-(W - size) // stride) + 1
    pooled = np.zeros((C, out_h, out_w))
    index = np.zeros((C, out_h, out_w), dtype=int)
    for c in range(C):
        for i in range(out_h):
            for j in range(out_w):
                top, left = i * stride, j * stride
                window = X[c, top:top + size, left:left + size]
                k = int(np.argmax(window))
                r, q = divmod(k, window.shape[1])
                pooled[c, i, j] = window[r, q]
                index[c, i, j] = (top + r) * W + (left + q)
    return pooled, index
