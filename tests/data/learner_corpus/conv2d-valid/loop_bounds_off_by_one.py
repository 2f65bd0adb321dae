"""wrong: loops over range(H - kh) and range(W - kw), missing the "+ 1", so the last output row and column are never filled and stay zero."""
import numpy as np


def conv2d(image, kernel):
    """True 2-D convolution (the kernel is flipped in both directions), 'valid' mode:
    only positions where the kernel fits entirely inside the image.
    Output shape: (H - kh + 1, W - kw + 1)."""
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    H, W = image.shape
    kh, kw = kernel.shape
    flipped = kernel[::-1, ::-1]
    out = np.zeros((H - kh + 1, W - kw + 1))
    for i in range(H - kh):
        for j in range(W - kw):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * flipped)
    return out
