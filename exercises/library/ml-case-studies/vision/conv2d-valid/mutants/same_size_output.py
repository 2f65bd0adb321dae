"""Your output seems to have the image's own size, as if the image were padded with zeros. Valid mode keeps only positions where the kernel fits entirely inside the image."""
# Mistake: zero-pads the image so that the output has the image's size ('same' mode)
# instead of keeping only the valid positions.
import numpy as np


def conv2d(image, kernel):
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    H, W = image.shape
    kh, kw = kernel.shape
    flipped = kernel[::-1, ::-1]
    top, left = (kh - 1) // 2, (kw - 1) // 2
    image = np.pad(image, ((top, kh - 1 - top), (left, kw - 1 - left)))
    out = np.zeros((H, W))
    for i in range(H):
        for j in range(W):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * flipped)
    return out
