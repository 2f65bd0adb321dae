"""correct: perturbs one entry of a private float copy of x, evaluates f on both sides and restores the saved value before moving to the next coordinate."""
import numpy as np


def numerical_gradient(f, x, h):
    """Central-difference estimate of the gradient of f at x, one coordinate at a time."""
    work = np.array(x, dtype=float, copy=True)
    grad = np.empty(work.size)
    for i in range(work.size):
        old = work[i]
        work[i] = old + h
        f_plus = f(work.copy())
        work[i] = old - h
        f_minus = f(work.copy())
        work[i] = old
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
