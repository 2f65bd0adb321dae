"""Your values seem to be cut to whole numbers when the image holds integers. Make the output an array of floats, whatever the number type of the image."""
# Mistake: allocates the output with the image's dtype; for an integer image every value is
# truncated to an integer.
import numpy as np


def cross_correlate2d(image, kernel, padding, stride):
    image = np.asarray(image)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape
    padded = np.pad(image, padding)
    out_h = (padded.shape[0] - kh) // stride + 1
    out_w = (padded.shape[1] - kw) // stride + 1
    out = np.zeros((out_h, out_w), dtype=image.dtype)
    for i in range(out_h):
        for j in range(out_w):
            top, left = i * stride, j * stride
            out[i, j] = np.sum(padded[top:top + kh, left:left + kw] * kernel)
    return out
