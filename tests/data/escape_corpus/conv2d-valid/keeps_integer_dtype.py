"""Accumulates in the image's own dtype, so integer images give an integer array (statement: returns a 2-D float array)."""
import numpy as np


def conv2d(image, kernel):
    image = np.asarray(image)
    kernel = np.asarray(kernel)
    H, W = image.shape
    kh, kw = kernel.shape
    flipped = kernel[::-1, ::-1]
    out = np.zeros((H - kh + 1, W - kw + 1), dtype=np.result_type(image, kernel))
    for i in range(H - kh + 1):
        for j in range(W - kw + 1):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * flipped)
    return out
