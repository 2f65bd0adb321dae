"""wrong: slides the kernel without flipping it, computing the cross-correlation that deep-learning libraries call convolution instead of the true convolution."""
import numpy as np


def conv2d(image, kernel):
    """True 2-D convolution (the kernel is flipped in both directions), 'valid' mode:
    only positions where the kernel fits entirely inside the image.
    Output shape: (H - kh + 1, W - kw + 1)."""
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    H, W = image.shape
    kh, kw = kernel.shape
    out = np.zeros((H - kh + 1, W - kw + 1))
    for i in range(H - kh + 1):
        for j in range(W - kw + 1):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * kernel)
    return out
