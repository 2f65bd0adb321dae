"""Your pooled values look like window averages. Max pooling keeps the largest value of each window."""
# Mistake: average pooling (the mean of the window) for the pooled values.
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
                pooled[c, i, j] = window.mean()
                index[c, i, j] = (top + r) * W + (left + q)
    return pooled, index
