"""Your loop seems to compare the squared gradient norm g·g with tol: for tol below 1 that stops far too early. Compare the norm itself, the square root of g·g."""
# Mistake: stops when g @ g < tol, i.e. when ||g|| < sqrt(tol), instead of ||g|| < tol.
import numpy as np


def minimize_gd(grad, x0, learning_rate, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if g @ g < tol:
            break
        x = x - learning_rate * g
    return x
