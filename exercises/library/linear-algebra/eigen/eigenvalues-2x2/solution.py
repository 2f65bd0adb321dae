import cmath
import math

import numpy as np


def eigenvalues_2x2(A):
    """Return the two eigenvalues of the 2x2 matrix A (complex if needed), in any order."""
    A = np.asarray(A, dtype=float)
    (a, b), (c, d) = A
    half_trace = (a + d) / 2
    # tr^2/4 - det, written as ((a - d)/2)^2 + b c to avoid cancelling large numbers
    disc = ((a - d) / 2) ** 2 + b * c
    if disc >= 0:
        root = math.sqrt(disc)          # two real eigenvalues (equal when disc = 0)
    else:
        root = cmath.sqrt(disc)         # a complex conjugate pair
    return [half_trace + root, half_trace - root]
