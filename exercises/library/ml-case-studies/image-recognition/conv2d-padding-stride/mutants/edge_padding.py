"""Near the border your values seem to use copies of the edge pixels instead of zeros. Zero padding surrounds the image with pixels of value 0."""
# Mistake: pads by repeating the border pixels (np.pad mode 'edge') instead of with zeros.
import numpy as np


def cross_correlate2d(image, kernel, padding, stride):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape
    padded = np.pad(image, padding, mode="edge")
    out_h = (padded.shape[0] - kh) // stride + 1
    out_w = (padded.shape[1] - kw) // stride + 1
    out = np.zeros((out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            top, left = i * stride, j * stride
            out[i, j] = np.sum(padded[top:top + kh, left:left + kw] * kernel)
    return out
