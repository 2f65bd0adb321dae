import numpy as np


def cross_correlate2d(image, kernel, padding, stride):
    """A CNN-style 2-D convolution (cross-correlation: the kernel is NOT flipped) of a
    single-channel image, with `padding` rows and columns of zeros on every side and the
    kernel moved `stride` pixels at a time.
    Output shape: (floor((H + 2p - kh) / s) + 1, floor((W + 2p - kw) / s) + 1)."""
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    # TODO: pad the image with zeros, work out the output size, then fill each entry with
    # the sum of a window of the padded image times the kernel.
    return np.zeros((1, 1))
