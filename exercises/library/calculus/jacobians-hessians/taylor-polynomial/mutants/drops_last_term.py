"""Your polynomial seems to stop one degree short: the sum runs over k = 0 to n, so the last term f^(n)(a)(x - a)^n / n! must be included."""
# Mistake: the loop stops one term early (range(len(derivs) - 1)), dropping the degree-n term.
import math

import numpy as np


def taylor_polynomial(derivs, a, x):
    x = np.asarray(x, dtype=float)
    total = np.zeros_like(x)
    for k in range(len(derivs) - 1):
        total = total + derivs[k] * (x - a) ** k / math.factorial(k)
    return total[()]
