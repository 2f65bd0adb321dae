"""Your tanh derivative seems to be 1 - tanh(z) without the square: tanh'(z) = 1 - tanh(z)^2, which is never negative and is symmetric in z."""
# Mistake: writes the tanh derivative as 1 - tanh(z), dropping the square.
import numpy as np


def activation_derivatives(z):
    z = np.asarray(z, dtype=float)
    s = 1.0 / (1.0 + np.exp(-z))
    t = np.tanh(z)
    return s * (1.0 - s), 1.0 - t, (z > 0).astype(float)
