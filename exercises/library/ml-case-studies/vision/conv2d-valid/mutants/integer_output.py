"""Your values seem cut to whole numbers when the image holds integers. The output should be a float array, whatever the number type of the image."""
# Mistake: allocates the output with the image's dtype; for an integer image every
# value is truncated to an integer.
import numpy as np


def conv2d(image, kernel):
    image = np.asarray(image)
    kernel = np.asarray(kernel, dtype=float)
    H, W = image.shape
    kh, kw = kernel.shape
    flipped = kernel[::-1, ::-1]
    out = np.zeros((H - kh + 1, W - kw + 1), dtype=image.dtype)
    for i in range(H - kh + 1):
        for j in range(W - kw + 1):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * flipped)
    return out
