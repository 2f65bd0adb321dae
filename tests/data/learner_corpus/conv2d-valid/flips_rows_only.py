"""wrong: flips the kernel in one direction only (kernel[::-1], upside down) instead of in both directions."""
import numpy as np


def conv2d(image, kernel):
    """True 2-D convolution (the kernel is flipped in both directions), 'valid' mode:
    only positions where the kernel fits entirely inside the image.
    Output shape: (H - kh + 1, W - kw + 1)."""
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    H, W = image.shape
    kh, kw = kernel.shape
    flipped = kernel[::-1]
    out = np.zeros((H - kh + 1, W - kw + 1))
    for i in range(H - kh + 1):
        for j in range(W - kw + 1):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * flipped)
    return out
