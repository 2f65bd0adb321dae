"""Your polynomial looks expanded around 0: the powers must be of the distance x - a from the centre a, not of x itself."""
# Mistake: uses powers of x instead of powers of (x - a), i.e. expands around 0.
import math

import numpy as np


def taylor_polynomial(derivs, a, x):
    x = np.asarray(x, dtype=float)
    total = np.zeros_like(x)
    for k, d in enumerate(derivs):
        total = total + d * x**k / math.factorial(k)
    return total[()]
