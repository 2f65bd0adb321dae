"""Computes in float32: sigma(50) rounds to 1, so sigma'(50) comes out 0 instead of about 2e-22 (classic precision loss)."""
import numpy as np


def activation_derivatives(z):
    z32 = np.asarray(z, dtype=np.float32)
    s = np.float32(1) / (np.float32(1) + np.exp(-z32))
    t = np.tanh(z32)
    return s * (1 - s), 1 - t * t, (z32 > 0).astype(np.float32)
