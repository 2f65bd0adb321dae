"""Your answer seems only roughly converged, as if you stopped once successive vectors differed by about 1e-6. With a gap of 0.75 the remaining error is a few times the last change, far above the accuracy asked for: keep going until the change is below 1e-12."""
# Mistake: stops when the change (up to sign) is below 1e-6 instead of 1e-12, leaving an
# error of about 3e-6 when |lambda_2| = 0.75 |lambda_1|.
import numpy as np


def power_iteration(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    x = np.ones(n) / np.sqrt(n)
    for _ in range(10_000):
        y = A @ x
        x_new = y / np.linalg.norm(y)
        done = min(np.linalg.norm(x_new - x), np.linalg.norm(x_new + x)) < 1e-6
        x = x_new
        if done:
            break
    return float(x @ A @ x), x
