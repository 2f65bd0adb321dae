"""Your values seem to be computed in single precision (float32), which keeps only about 7 significant digits. Work in numpy's default 64-bit floats: np.asarray(image, dtype=float)."""
# Mistake: converts to float32 (as deep-learning code often does), losing about 8 digits.
import numpy as np


def conv2d(image, kernel):
    image = np.asarray(image, dtype=np.float32)
    kernel = np.asarray(kernel, dtype=np.float32)
    H, W = image.shape
    kh, kw = kernel.shape
    flipped = kernel[::-1, ::-1]
    out = np.zeros((H - kh + 1, W - kw + 1), dtype=np.float32)
    for i in range(H - kh + 1):
        for j in range(W - kw + 1):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * flipped)
    return out
