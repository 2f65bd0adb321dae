"""Your output seems to be smaller than it should be, as if the padding were left out of the size formula. The kernel slides over the padded image, of size (H + 2p) x (W + 2p), so the size is floor((H + 2p - kh) / s) + 1."""
# Mistake: pads the image but computes the output size from the unpadded H and W, so the
# windows at the bottom and right are missing.
import numpy as np


def cross_correlate2d(image, kernel, padding, stride):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape
    H, W = image.shape
    padded = np.pad(image, padding)
    out_h = max((H - kh) // stride + 1, 1)
    out_w = max((W - kw) // stride + 1, 1)
    out = np.zeros((out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            top, left = i * stride, j * stride
            out[i, j] = np.sum(padded[top:top + kh, left:left + kw] * kernel)
    return out
