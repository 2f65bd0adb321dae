"""Your output has the right size, but its windows seem to move one pixel at a time. The window of entry (i, j) starts at row i * s and column j * s of the padded image."""
# Mistake: uses the stride only for the output size; the window of entry (i, j) starts at
# (i, j) instead of (i * stride, j * stride).
import numpy as np


def cross_correlate2d(image, kernel, padding, stride):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape
    padded = np.pad(image, padding)
    out_h = (padded.shape[0] - kh) // stride + 1
    out_w = (padded.shape[1] - kw) // stride + 1
    out = np.zeros((out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            out[i, j] = np.sum(padded[i:i + kh, j:j + kw] * kernel)
    return out
