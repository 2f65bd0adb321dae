"""correct: loops over the kernel entries instead of the output positions, adding K[kh-1-a, kw-1-b] times the shifted image slice I[a:a+oh, b:b+ow] to the whole output at once."""
import numpy as np


def conv2d(image, kernel):
    """True 2-D convolution (the kernel is flipped in both directions), 'valid' mode:
    only positions where the kernel fits entirely inside the image.
    Output shape: (H - kh + 1, W - kw + 1)."""
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    H, W = image.shape
    kh, kw = kernel.shape
    oh, ow = H - kh + 1, W - kw + 1
    out = np.zeros((oh, ow))
    for a in range(kh):
        for b in range(kw):
            out += kernel[kh - 1 - a, kw - 1 - b] * image[a:a + oh, b:b + ow]
    return out
