import math

import numpy as np


def taylor_polynomial(derivs, a, x):
    """Evaluate sum_k derivs[k] * (x - a)**k / k! at x (a float or an array)."""
    x = np.asarray(x, dtype=float)
    total = np.zeros_like(x)
    for k, d in enumerate(derivs):
        total = total + d * (x - a) ** k / math.factorial(k)
    return total[()]  # a float for a float x, else an array
