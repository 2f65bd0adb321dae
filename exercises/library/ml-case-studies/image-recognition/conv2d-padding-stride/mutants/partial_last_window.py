"""Your output seems to have an extra row or column when the stride does not divide evenly, as if the size were rounded up. A window that would stick out of the padded image is dropped: the size is floor((H + 2p - kh) / s) + 1."""
# Mistake: rounds the output size up (ceil) and lets the last window stick out of the padded
# image, filling the missing part with more zeros.
import math

import numpy as np


def cross_correlate2d(image, kernel, padding, stride):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape
    padded = np.pad(image, padding)
    out_h = math.ceil((padded.shape[0] - kh) / stride) + 1
    out_w = math.ceil((padded.shape[1] - kw) / stride) + 1
    extra_h = (out_h - 1) * stride + kh - padded.shape[0]
    extra_w = (out_w - 1) * stride + kw - padded.shape[1]
    padded = np.pad(padded, ((0, extra_h), (0, extra_w)))
    out = np.zeros((out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            top, left = i * stride, j * stride
            out[i, j] = np.sum(padded[top:top + kh, left:left + kw] * kernel)
    return out
