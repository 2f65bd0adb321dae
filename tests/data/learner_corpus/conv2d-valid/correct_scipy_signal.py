"""correct: delegates to scipy.signal.convolve2d(image, kernel, mode='valid') on float copies."""
import numpy as np
from scipy.signal import convolve2d


def conv2d(image, kernel):
    """True 2-D convolution (the kernel is flipped in both directions), 'valid' mode:
    only positions where the kernel fits entirely inside the image.
    Output shape: (H - kh + 1, W - kw + 1)."""
    image = np.array(image, dtype=float)
    kernel = np.array(kernel, dtype=float)
    return convolve2d(image, kernel, mode="valid")
