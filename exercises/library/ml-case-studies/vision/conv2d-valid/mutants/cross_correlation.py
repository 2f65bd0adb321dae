"""You seem to slide the kernel without flipping it, which is cross-correlation. The true convolution first rotates the kernel by 180 degrees, flipping both rows and columns."""
# Mistake: slides the kernel without flipping it. That is cross-correlation (what deep
# learning layers compute), not the convolution asked for.
import numpy as np


def conv2d(image, kernel):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    H, W = image.shape
    kh, kw = kernel.shape
    flipped = kernel
    out = np.zeros((H - kh + 1, W - kw + 1))
    for i in range(H - kh + 1):
        for j in range(W - kw + 1):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * flipped)
    return out
