"""Treats sigma as the variance, dividing by sqrt(2 pi sigma) and 2 sigma (statement: sigma is the standard deviation)."""
import numpy as np


def gaussian_pdf(x, mu, sigma):
    x = np.asarray(x, dtype=float)
    return (np.exp(-(x - mu) ** 2 / (2 * sigma)) / np.sqrt(2 * np.pi * sigma))[()]
