"""Your terms look divided by (k + 1)! instead of k!: the k-th term is f^(k)(a)(x - a)^k / k!, with 0! = 1 for the constant term."""
# Mistake: divides term k by (k + 1)! instead of k!.
import math

import numpy as np


def taylor_polynomial(derivs, a, x):
    x = np.asarray(x, dtype=float)
    total = np.zeros_like(x)
    for k, d in enumerate(derivs):
        total = total + d * (x - a) ** k / math.factorial(k + 1)
    return total[()]
