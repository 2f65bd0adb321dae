"""Keeps 8-bit pixel images as uint8 while multiplying and summing, which wraps around modulo 256 (statement: images may be 8-bit pixel values; return floats)."""
import numpy as np


def conv2d(image, kernel):
    image = np.asarray(image)
    kernel = np.asarray(kernel)
    if image.dtype.kind == "f" or kernel.dtype.kind == "f":
        image, kernel = image.astype(float), kernel.astype(float)
    kh, kw = kernel.shape
    windows = np.lib.stride_tricks.sliding_window_view(image, (kh, kw))
    return np.einsum("ijab,ab->ij", windows, kernel[::-1, ::-1].astype(image.dtype))
