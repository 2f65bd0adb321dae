"""Your terms seem to miss the 1/k! factor: without it the k-th derivative of T_n at a would be k!·f^(k)(a) instead of f^(k)(a)."""
# Mistake: forgets to divide term k by k!.
import numpy as np


def taylor_polynomial(derivs, a, x):
    x = np.asarray(x, dtype=float)
    total = np.zeros_like(x)
    for k, d in enumerate(derivs):
        total = total + d * (x - a) ** k
    return total[()]
