# Mistake: forgets to divide term k by k!.
import numpy as np


def taylor_polynomial(derivs, a, x):
    x = np.asarray(x, dtype=float)
    total = np.zeros_like(x)
    for k, d in enumerate(derivs):
        total = total + d * (x - a) ** k
    return total[()]
