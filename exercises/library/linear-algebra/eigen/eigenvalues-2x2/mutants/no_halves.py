"""Your eigenvalues look twice too large: the quadratic formula seems to be missing its division by 2. A check: the two eigenvalues must add up to the trace."""
# Mistake: the quadratic formula without the division by 2: tr +- sqrt(tr^2 - 4 det).
import cmath

import numpy as np


def eigenvalues_2x2(A):
    (a, b), (c, d) = np.asarray(A, dtype=float)
    tr, det = a + d, a * d - b * c
    root = cmath.sqrt(tr * tr - 4 * det)
    return [tr + root, tr - root]
