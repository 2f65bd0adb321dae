"""Your output seems one row and one column short, missing the last valid positions. In valid mode there are H - k_h + 1 rows and W - k_w + 1 columns."""
# Mistake: the output has H - kh rows and W - kw columns, one short in each direction
# (the last valid positions are skipped).
import numpy as np


def conv2d(image, kernel):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    H, W = image.shape
    kh, kw = kernel.shape
    flipped = kernel[::-1, ::-1]
    out = np.zeros((max(H - kh, 1), max(W - kw, 1)))
    for i in range(max(H - kh, 1)):
        for j in range(max(W - kw, 1)):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * flipped)
    return out
