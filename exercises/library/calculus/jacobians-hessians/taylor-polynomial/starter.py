import math

import numpy as np


def taylor_polynomial(derivs, a, x):
    """Evaluate sum_k derivs[k] * (x - a)**k / k! at x (a float or an array)."""
    x = np.asarray(x, dtype=float)
    total = np.zeros_like(x)
    # TODO: add the terms k = 0, 1, ..., n.
    return total[()]
