"""Your output looks right, but the caller's kernel seems to come back flipped. Use a flipped version of the kernel without changing the original."""
# Mistake: flips the caller's kernel array in place (kernel[...] = ...) before using it:
# the result is right, but the argument is modified.
import numpy as np


def conv2d(image, kernel):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel)
    H, W = image.shape
    kh, kw = kernel.shape
    kernel[...] = kernel[::-1, ::-1].copy()
    flipped = kernel
    out = np.zeros((H - kh + 1, W - kw + 1))
    for i in range(H - kh + 1):
        for j in range(W - kw + 1):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * flipped)
    return out
