"""Your sigmoid derivative looks like sigma(z) itself; the derivative is sigma(z)(1 - sigma(z)), which peaks at 0.25 at z = 0 and vanishes for large |z|."""
# Mistake: takes the sigmoid's derivative to be sigmoid(z) itself, forgetting the factor
# (1 - sigmoid(z)).
import numpy as np


def activation_derivatives(z):
    z = np.asarray(z, dtype=float)
    s = 1.0 / (1.0 + np.exp(-z))
    t = np.tanh(z)
    return s, 1.0 - t**2, (z > 0).astype(float)
