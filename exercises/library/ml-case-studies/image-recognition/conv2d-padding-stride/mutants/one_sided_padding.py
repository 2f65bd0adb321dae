"""Your zeros seem to be added on only two sides of the image (top and left). Padding p puts p rows of zeros above AND below the image, and p columns on the left AND on the right."""
# Mistake: pads only the top and the left (np.pad with ((p, 0), (p, 0))).
import numpy as np


def cross_correlate2d(image, kernel, padding, stride):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape
    padded = np.pad(image, ((padding, 0), (padding, 0)))
    out_h = (padded.shape[0] - kh) // stride + 1
    out_w = (padded.shape[1] - kw) // stride + 1
    out = np.zeros((out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            top, left = i * stride, j * stride
            out[i, j] = np.sum(padded[top:top + kh, left:left + kw] * kernel)
    return out
