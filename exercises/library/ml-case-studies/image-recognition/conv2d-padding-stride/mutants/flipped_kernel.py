"""You seem to flip the kernel, as the true convolution of the Computer vision module does. A CNN layer, like the libraries, slides the kernel as it is: a cross-correlation, with no flip."""
# Mistake: rotates the kernel by 180 degrees (true convolution) instead of using it as it is.
import numpy as np


def cross_correlate2d(image, kernel, padding, stride):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)[::-1, ::-1]
    kh, kw = kernel.shape
    padded = np.pad(image, padding)
    out_h = (padded.shape[0] - kh) // stride + 1
    out_w = (padded.shape[1] - kw) // stride + 1
    out = np.zeros((out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            top, left = i * stride, j * stride
            out[i, j] = np.sum(padded[top:top + kh, left:left + kw] * kernel)
    return out
