import numpy as np


def cross_correlate2d(image, kernel, padding, stride):
    """A CNN-style 2-D convolution (cross-correlation: the kernel is NOT flipped) of a
    single-channel image, with `padding` rows and columns of zeros on every side and the
    kernel moved `stride` pixels at a time.
    Output shape: (floor((H + 2p - kh) / s) + 1, floor((W + 2p - kw) / s) + 1)."""
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape
    padded = np.pad(image, padding)              # zeros on all four sides
    out_h = (padded.shape[0] - kh) // stride + 1     # floor: a window that would stick out
    out_w = (padded.shape[1] - kw) // stride + 1     # past the padding is dropped
    out = np.zeros((out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            top, left = i * stride, j * stride
            out[i, j] = np.sum(padded[top:top + kh, left:left + kw] * kernel)
    return out
