"""You seem to transpose the kernel rather than rotate it by 180 degrees. The flip reverses the order of the rows and of the columns; it does not swap rows with columns."""
# Mistake: transposes the kernel instead of rotating it by 180 degrees.
import numpy as np


def conv2d(image, kernel):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    H, W = image.shape
    kernel = kernel.T
    kh, kw = kernel.shape
    flipped = kernel
    out = np.zeros((H - kh + 1, W - kw + 1))
    for i in range(H - kh + 1):
        for j in range(W - kw + 1):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * flipped)
    return out
