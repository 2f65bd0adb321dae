"""With integer inputs your estimates seem off, as if x + h e_i were rounded back to an integer: the perturbed points must be real numbers, not integers."""
# Mistake: copies x without converting to float, so for integer inputs the perturbed
# coordinate x[i] + h is truncated back to an integer.
import numpy as np


def numerical_gradient(f, x, h):
    x = np.array(x)
    grad = np.zeros(x.shape)
    for i in range(x.size):
        xp, xm = x.copy(), x.copy()
        xp[i] = xp[i] + h
        xm[i] = xm[i] - h
        grad[i] = (f(xp) - f(xm)) / (2 * h)
    return grad
