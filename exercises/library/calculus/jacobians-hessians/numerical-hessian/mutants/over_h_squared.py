"""Your entries look four times too large: each central difference spans 2h, so the double difference is divided by (2h)^2 = 4h^2."""
# Mistake: divides by h^2 instead of 4 h^2 (forgets that each central difference spans 2h),
# so every entry is four times too large.
import numpy as np


def numerical_hessian(f, x, h):
    x = np.array(x, dtype=float)
    n = x.size
    I = np.eye(n)
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            di, dj = h * I[i], h * I[j]
            H[i, j] = (f(x + di + dj) - f(x + di - dj) - f(x - di + dj) + f(x - di - dj)) / h**2
    return H
