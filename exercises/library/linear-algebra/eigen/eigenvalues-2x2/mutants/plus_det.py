# Mistake: a sign error in the discriminant, tr^2/4 + det instead of tr^2/4 - det.
import cmath

import numpy as np


def eigenvalues_2x2(A):
    (a, b), (c, d) = np.asarray(A, dtype=float)
    tr, det = a + d, a * d - b * c
    root = cmath.sqrt(tr * tr / 4 + det)
    return [tr / 2 + root, tr / 2 - root]
