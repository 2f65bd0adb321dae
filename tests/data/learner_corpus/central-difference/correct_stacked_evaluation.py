"""correct: evaluates f once on the stacked points [x + h, x - h] (f works elementwise) and takes the difference of the two halves divided by 2h."""
import numpy as np


def central_difference(f, x, h):
    """Estimate f'(x) with the central difference (f(x + h) - f(x - h)) / (2h)."""
    xa = np.asarray(x, dtype=float)
    vals = f(np.stack([xa + h, xa - h]))
    result = (vals[0] - vals[1]) / (2 * h)
    if np.ndim(x) == 0:
        return float(result)
    return result
