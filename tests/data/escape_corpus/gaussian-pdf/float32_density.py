"""Evaluates the density in float32, which underflows to 0 far in the tails and keeps about 7 digits (classic precision loss)."""
import numpy as np


def gaussian_pdf(x, mu, sigma):
    x = np.asarray(x, dtype=np.float32)
    z = (x - np.float32(mu)) / np.float32(sigma)
    return (np.exp(-z * z / 2) / (np.float32(sigma) * np.float32(np.sqrt(2 * np.pi))))[()]
