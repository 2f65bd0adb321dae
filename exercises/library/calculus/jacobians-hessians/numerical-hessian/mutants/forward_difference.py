"""Your entries look like one-sided forward differences, with an error of order h; the formula is centred on x, using the four points x ± h e_i ± h e_j over 4h^2."""
# Mistake: uses the forward-difference formula (f(x+h ei+h ej) - f(x+h ei) - f(x+h ej) + f(x)) / h^2,
# whose error is O(h) instead of O(h^2).
import numpy as np


def numerical_hessian(f, x, h):
    x = np.array(x, dtype=float)
    n = x.size
    I = np.eye(n)
    H = np.zeros((n, n))
    fx = f(x)
    for i in range(n):
        for j in range(n):
            di, dj = h * I[i], h * I[j]
            H[i, j] = (f(x + di + dj) - f(x + di) - f(x + dj) + fx) / h**2
    return H
