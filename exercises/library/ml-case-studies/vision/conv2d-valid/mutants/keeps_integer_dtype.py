"""Your output seems to be an integer array when the image and the kernel hold integers. The convolution must come back as a float array whatever the number type of the inputs: convert them with np.asarray(..., dtype=float) first."""
# Mistake: works in the inputs' own number type, so integer inputs give an integer array
# (and 8-bit pixels wrap around modulo 256).
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
